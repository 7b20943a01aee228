// Table downloads (CSV with BOM, Excel) for any route that offers them.
export { tableToCsv } from './csv';
export { loadExcelJS } from './excel';
export { tableToXlsx, sheetName, textIfFormulaLike } from './xlsx';
export { contentDisposition, renderTable, sendTable } from './send';
export { CONTENT_TYPES, EXPORT_FORMATS, cellText, csvSafe, looksLikeFormula, type Cell, type ExportColumn, type ExportFormat, type ExportTable } from './table';
