// Errors with stable codes and bilingual messages, one factory module per area, turned into JSON in
// one place (server/middleware/onError.ts).
export { AppError, withArticle, type ErrorDetail } from './appError';
export { errors } from './common';
export { authErrors } from './auth';
export { briefingErrors } from './briefings';
export { consoleErrors } from './console';
export { editErrors } from './edit';
export { importErrors, XLSX_TYPE } from './import';
