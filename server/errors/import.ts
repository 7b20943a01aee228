// Spreadsheet import: an upload that cannot be taken, a file that cannot be read, a job already running.
import { AppError, type ErrorDetail } from './appError';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const importErrors = {
  unsupportedMediaType: (type: string) =>
    new AppError(415, 'unsupported_media_type', `Send the file as text/csv or ${XLSX_TYPE} (got "${type || 'none'}")`, '请以 text/csv 或 XLSX 类型上传文件', [
      { field: 'header.content-type', reason: `must be text/csv or ${XLSX_TYPE}`, reasonZh: '应为 text/csv 或 XLSX' },
    ]),
  fileTooLarge: (maxBytes: number) =>
    new AppError(413, 'payload_too_large', `The file is larger than ${Math.round(maxBytes / 2 ** 20)} MB`, `文件超过 ${Math.round(maxBytes / 2 ** 20)} MB 上限`, [
      { field: 'body', reason: `over ${maxBytes} bytes`, reasonZh: `超过 ${maxBytes} 字节` },
    ]),
  emptyFile: () => new AppError(400, 'empty_file', 'The file is empty', '文件为空', [{ field: 'body', reason: 'no bytes received', reasonZh: '未收到内容' }]),
  /** `reason` completes "The file …" and "the header …". */
  tooManyColumns: (reason: string, reasonZh: string) =>
    new AppError(400, 'too_many_columns', `The file ${reason}`, `文件${reasonZh}`, [
      { field: 'body', reason: `the header ${reason}`, reasonZh: `表头${reasonZh}` },
    ]),
  running: (jobId: string) =>
    new AppError(409, 'import_running', 'This file is being imported already; follow its job', '该文件正在导入中，请查看其任务进度', [
      { field: 'body', reason: `job ${jobId} is running`, reasonZh: `任务 ${jobId} 正在运行` },
    ]),
  /** A rejected commit: the row problems as details (the job carries the full list). */
  rejected: (errorCount: number, details: ErrorDetail[]) =>
    new AppError(422, 'import_rejected', `The file has ${errorCount} problem(s); nothing was written`, `文件有 ${errorCount} 处问题，未写入任何数据`, details),
};
