// The jobs this process is running, and this process's id. A job node says "validating" or "writing"
// until its run ends; only these two tell a job still going from one a dead process left mid-way.
import { randomUUID } from 'node:crypto';
import type { ImportJob } from '../../graph/model';

/** This process: a job left "validating"/"writing" by another process was interrupted. */
export const INSTANCE_ID = randomUUID();

/** Each job running here, by id, with the promise that settles when it ends. */
export const runningJobs = new Map<string, Promise<ImportJob>>();
