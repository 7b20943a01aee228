// The analyst's read-only Cypher console: screening, running, presenting, exporting, saved queries.
export { ConsoleRunner, type ConsoleRequest, type ConsoleResult } from './run';
export { screenText, screenPlan, skeleton, ALLOWED_PROCEDURES, type Refusal, type PlanNode } from './guard';
export { sendExport, type ExportFormat } from './sendExport';
export {
  createSavedQuery,
  deleteSavedQuery,
  getSavedQuery,
  listSavedQueries,
  updateSavedQuery,
  type SavedQueryInput,
} from './saved';
