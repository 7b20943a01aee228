// The :ImportJob node as the API's ImportJob. Each node read is checked with zod: the node keeps flat
// counters, the row errors as JSON text and the process that runs it, which the wire shape groups,
// parses and turns into a status.
import { z } from 'zod';
import { ImportFormat, ImportJobStatus, ImportTargetRef, RowError, type ImportJob } from '../../graph/model';
import { INSTANCE_ID, runningJobs } from './running';

/** A counter the node may lack (older nodes, or one not reached yet): 0. */
const Counter = z.number().int().default(0);

/** The properties CREATE_JOB and UPDATE_JOB write (queries.ts); Neo4j leaves an unset one out. */
export const JobNode = z.object({
  id: z.string(),
  status: ImportJobStatus,
  instance: z.string().optional(),
  targetKind: ImportTargetRef.shape.kind,
  targetName: z.string(),
  fileName: z.string(),
  format: ImportFormat,
  sha256: z.string(),
  bytes: Counter,
  rowsTotal: z.number().int().optional(),
  rowsValidated: Counter,
  rowsWritten: Counter,
  batchSize: Counter,
  batchesDone: Counter,
  plannedCreate: z.number().int().optional(),
  plannedUpdate: Counter,
  plannedLink: Counter,
  writtenCreated: Counter,
  writtenUpdated: Counter,
  writtenLinked: Counter,
  /** The reported row errors, as JSON text (a node property cannot hold a list of maps). */
  errors: z.string().optional(),
  errorCount: Counter,
  username: z.string(),
  runs: Counter,
  startedAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().optional(),
  messageEn: z.string().optional(),
  messageZh: z.string().optional(),
});
export type JobNode = z.infer<typeof JobNode>;

/** What the job queries answer: `j {.*} AS job`. */
export const JobRow = z.object({ job: JobNode });

const RowErrors = z.array(RowError);

export function presentJob(node: JobNode): ImportJob {
  let status = node.status;
  // Left mid-way by a process that is gone (killed, restarted), or by a run here that ended: say so.
  if ((status === 'validating' || status === 'writing') && (node.instance !== INSTANCE_ID || !runningJobs.has(node.id))) {
    status = 'interrupted';
  }
  const rowsTotal = node.rowsTotal ?? null;
  const batchSize = node.batchSize || 1;
  return {
    id: node.id,
    status,
    target: { kind: node.targetKind, name: node.targetName },
    fileName: node.fileName,
    format: node.format,
    sha256: node.sha256,
    bytes: node.bytes,
    rowsTotal,
    rowsValidated: node.rowsValidated,
    rowsWritten: node.rowsWritten,
    batchSize,
    batchesDone: node.batchesDone,
    batchesTotal: rowsTotal === null ? null : Math.ceil(rowsTotal / batchSize),
    planned: node.plannedCreate === undefined ? null : { create: node.plannedCreate, update: node.plannedUpdate, link: node.plannedLink },
    written: { create: node.writtenCreated, update: node.writtenUpdated, link: node.writtenLinked },
    errors: node.errors === undefined ? [] : RowErrors.parse(JSON.parse(node.errors)),
    errorCount: node.errorCount,
    username: node.username,
    runs: node.runs || 1,
    startedAt: node.startedAt,
    updatedAt: node.updatedAt,
    finishedAt: node.finishedAt ?? null,
    message: node.messageEn === undefined ? null : { en: node.messageEn, zh: node.messageZh ?? '' },
  };
}
