// Spreadsheet import: templates, streamed uploads, validation with per-row errors, batched all-or-nothing
// commits as resumable jobs.
export { allTemplates, targetByName, templateInfo, IMPORTABLE_RELATIONSHIPS, type ImportTarget, type TemplateInfo } from './targets';
export { csvTemplate, writeXlsxTemplate, type TemplateLang } from './templates';
export { saveUpload, uploadFromFile, type SavedUpload } from './receiveUpload';
export { checkColumnLimit, MAX_COLUMNS } from './rows';
export { validateImport, type ValidationReport, type RowError } from './validate';
export { startImport, type StartImportOptions } from './jobs';
export { getJob, listJobs } from './jobStore';
export { removeLeftoverUploads } from './leftovers';
export { INSTANCE_ID } from './running';
