/**
 * The "Corridor Monitor" menu and the sidebar. onOpen may run with no
 * authorisation (AuthMode.NONE), so it only builds the menu.
 * @module
 */
export const MENU_TITLE = 'Corridor Monitor';
export const SIDEBAR_FILE = 'Sidebar';

export function buildMenu(): void {
  SpreadsheetApp.getUi()
    .createMenu(MENU_TITLE)
    .addItem('Open sidebar', 'showSidebar')
    .addItem('Insert template…', 'showInsertTemplate')
    .addSeparator()
    .addItem('Validate', 'menuValidate')
    .addItem('Assess and write benchmark', 'menuAssess')
    .addItem('Assess with uncertainty ranges (slower)', 'menuAssessWithUncertainty')
    .addItem('Share for review', 'menuShare')
    .addSeparator()
    .addItem('Settings…', 'showSettings')
    .addToUi();
}

/** Opens the sidebar, optionally on one section ('insert', 'settings'). */
export function openSidebar(section = ''): void {
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(MENU_TITLE);
  if (section) html.append(`<script>window.cmOpenSection=${JSON.stringify(section)};</script>`);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Runs an action from the menu and tells the outcome in a dialog. */
export function runFromMenu(action: () => string): void {
  const ui = SpreadsheetApp.getUi();
  try {
    ui.alert(MENU_TITLE, action(), ui.ButtonSet.OK);
  } catch (error) {
    ui.alert(MENU_TITLE, (error as Error).message, ui.ButtonSet.OK);
  }
}
