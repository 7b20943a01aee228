// exceljs, loaded on first use: the heaviest dependency to import (about as long as the rest of the
// server together), which most requests and every start of the server never need.
import type * as ExcelJSModule from 'exceljs';

export type ExcelJS = typeof ExcelJSModule;

let loading: Promise<ExcelJS> | undefined;

export function loadExcelJS(): Promise<ExcelJS> {
  loading ??= import('exceljs').then((module) => module.default);
  return loading;
}
