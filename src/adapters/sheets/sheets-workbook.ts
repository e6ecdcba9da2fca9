/**
 * One spreadsheet behind the core's ports: read = spreadsheets.get + one
 * values.batchGet; write = one atomic batchUpdate (reusing the read's tab
 * metadata). At most three API calls per spreadsheet per recalculation.
 * @module
 */
import { quotedTab } from '../../core/contract/a1.ts';
import type { WriteBack } from '../../core/contract/patch.ts';
import type { WorkbookSink, WorkbookSource } from '../../core/contract/ports.ts';
import type { Workbook } from '../../core/contract/workbook.ts';
import { SPREADSHEET_FIELDS, type TabInfo, tabsOf } from './tab-metadata.ts';
import type { SheetsTransport } from './transport.ts';
import { planWrite } from './write-plan.ts';

/** Always quoted: a tab named like a cell (`AB12`) must not read as that cell. */

export interface WriteResult {
  /** Logical tab name -> the title it was written under (e.g. `Ranking (CM)`). */
  titles: Record<string, string>;
  requests: number;
}

export class SheetsWorkbook implements WorkbookSource, WorkbookSink {
  private tabs?: TabInfo[];
  title = '';

  constructor(
    private readonly transport: SheetsTransport,
    readonly spreadsheetId: string,
  ) {}

  /** Every input tab; tabs we generated or are building are left out (they are outputs, not data). */
  async read(): Promise<Workbook> {
    const meta = await this.transport.get(this.spreadsheetId, SPREADSHEET_FIELDS);
    this.title = meta.properties?.title ?? '';
    this.tabs = tabsOf(meta);
    const inputs = this.tabs.filter((t) => t.isGrid && !t.generatedAs && !t.building);
    const ranges = await (inputs.length > 0
      ? this.transport.batchGet(
          this.spreadsheetId,
          inputs.map((t) => quotedTab(t.title)),
        )
      : []);
    const tabs: Workbook['tabs'] = {};
    inputs.forEach((t, i) => {
      tabs[t.title] = (ranges[i]?.values ?? []) as unknown[][];
    });
    return { tabs };
  }

  /** Replaces every tab in `writeBack.tabs` in one batchUpdate; no other tab is touched. */
  async write(writeBack: WriteBack): Promise<void> {
    await this.writeTabs(writeBack);
  }

  /** As `write`, and says where each tab went. */
  async writeTabs(writeBack: WriteBack): Promise<WriteResult> {
    if (!this.tabs)
      this.tabs = tabsOf(await this.transport.get(this.spreadsheetId, SPREADSHEET_FIELDS));
    const plan = planWrite(this.tabs, writeBack);
    if (plan.requests.length > 0)
      await this.transport.batchUpdate(this.spreadsheetId, plan.requests);
    // The tab list is now stale (new sheet ids, rules): a later write must read again.
    this.tabs = undefined;
    return { titles: Object.fromEntries(plan.titles), requests: plan.requests.length };
  }
}
