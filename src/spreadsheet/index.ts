/**
 * hitoyoshi-secpolicy/spreadsheet: the register as an Excel workbook or CSV files, and findings
 * as a worklist. A separate entry so the core stays zod + yaml: only this one loads the workbook
 * library (@cj-tech-master/excelts, which has a browser build, so a page can read a dropped workbook).
 *
 * @packageDocumentation
 */
export { type CellProblem, type CellValue, type Converted, enumDisplay, isoOfDate, readCell, splitList, writeCell } from "./cells.js";
export { type CsvEncoding, type DecodedCsv, decodeCsv, parseCsv, toCsv, worklistCsv } from "./csv.js";
export { descriptionToSheets, headerRows, type SheetRows } from "./describe.js";
export { AUX_SHEETS, type Bilingual, type CellKind, type Column, type Table, workbookTables } from "./layout.js";
export { type CellRef, cellLabel, cellOf, columnLetter, readSheets, type SheetData, type SheetsResult } from "./read.js";
export {
  type CsvFile,
  csvSheets,
  type EncodingNotice,
  locateSheetFindings,
  noticeText,
  type RegisterResult,
  registerFromSheets,
  sheetNameOfCsv,
} from "./register.js";
export { fingerprint, neutralise, WORKLIST_HEADERS, type WorklistOptions, worklistRows } from "./worklist.js";
export { readWorkbook, templateWorkbook, worklistWorkbook } from "./xlsx.js";
