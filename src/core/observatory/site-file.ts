/** One file of the built site: its path from the site root and its text. @module */
export interface SiteFile {
  path: string;
  content: string;
}
