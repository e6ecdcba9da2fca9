/** The contract shared by the core and every adapter. @module */

export * from './compact-workbook.ts';
export * from './issue.ts';
export * from './patch.ts';
export * from './ports.ts';
export * from './workbook.ts';
