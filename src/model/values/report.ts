/** The report's version without zod; `../report.ts` builds the schemas and re-exports it. */

/**
 * The version of the report's shape, raised whenever a reader must handle it differently.
 * 1: reports before the field existed; 2: reports carry `checks`, the metadata of the checks that ran.
 */
export const REPORT_VERSION = 2;
