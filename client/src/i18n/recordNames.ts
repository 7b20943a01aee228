// Names of what the audit log and the forms show about records. All come from graph/model's
// vocabulary; this module only gathers them for the client's views.
export { AUDIT_ACTION_NAMES, AUDIT_TARGET_NAMES, FIELD_NAMES } from '../../../graph/model';
