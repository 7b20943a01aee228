// The machine the figures come from: cores, memory, CPU, load, versions.
import os from 'node:os';
import type { Database } from '../../graph/db/database';
import { round } from './stats';

export interface MachineInfo {
  cores: number;
  cpu: string;
  memoryGb: number;
  platform: string;
  node: string;
  neo4j: string;
  neo4jMode: 'embedded' | 'external';
  neo4jHeap: string | null;
  /** One-minute load average at the start and the end: other work on the machine skews the figures. */
  loadAverage: { start: number; end: number | null };
}

export async function machineInfo(db: Database, mode: MachineInfo['neo4jMode'], heap: string | null): Promise<MachineInfo> {
  return {
    cores: os.availableParallelism(),
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: round(os.totalmem() / 2 ** 30),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    neo4j: await db.serverVersion(),
    neo4jMode: mode,
    neo4jHeap: heap,
    loadAverage: { start: round(os.loadavg()[0] ?? 0, 2), end: null },
  };
}

export function endLoad(info: MachineInfo): MachineInfo {
  return { ...info, loadAverage: { ...info.loadAverage, end: round(os.loadavg()[0] ?? 0, 2) } };
}
