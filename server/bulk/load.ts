// A first load of a whole region from template files: every file checked (all or nothing), then
// written by Neo4j's offline bulk importer into the embedded database, which must hold nothing yet
// (the importer replaces the database). Neo4j then starts on the new store and the usual migrations
// build the constraints and indexes over it. To add to a graph that has data, use the importer.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { AdminImportError, runAdminImport } from '../../graph/db/adminImport';
import type { EmbeddedDatabaseConfig } from '../../graph/db/config';
import { Database } from '../../graph/db/database';
import { writeAudit } from '../auth/audit';
import { readOne } from '../presenters/rows';
import { convertForBulk } from './convert';
import { bulkFilesIn, type BulkProblem } from './files';
import { COUNT_ALL, COUNT_GRAPH } from './queries';

export interface BulkLoadOptions {
  config: EmbeddedDatabaseConfig;
  folder: string;
  username: string;
  maxReportedErrors?: number;
  log?: (line: string) => void;
}

export interface BulkLoadResult {
  status: 'done' | 'rejected';
  errors: BulkProblem[];
  errorCount: number;
  nodes: number;
  relationships: number;
  counts: Record<string, number>;
  /**
   * Milliseconds: checking and converting the files (node files alone: nodeCheckMs), the bulk importer
   * (its node stage alone: nodeImportMs), starting Neo4j with its indexes built, and all of it.
   */
  timings: { checkMs: number; nodeCheckMs: number; importMs: number; nodeImportMs: number | null; indexMs: number; totalMs: number };
  /** The bulk importer's own summary lines. */
  importerSummary: string[];
}

export class BulkLoadError extends Error {
  override name = 'BulkLoadError';
}

/** Rows of COUNT_ALL and COUNT_GRAPH (integers arrive as numbers: graph/db/driver.ts). */
const AllCount = z.object({ nodes: z.number() });
const GraphCount = z.object({ nodes: z.number(), relationships: z.number() });

/** Present while the offline importer writes: the database held nothing before it started. */
export const BULK_IN_PROGRESS_FILE = 'innochain-bulk-load-in-progress';

/** The `neo4j` database's files; Neo4j makes an empty database in their place at its next start. */
function removeStore(dataDir: string): void {
  for (const folder of ['data/databases/neo4j', 'data/transactions/neo4j']) rmSync(path.join(dataDir, folder), { recursive: true, force: true });
}

/**
 * Refuses unless the embedded database is new or empty: the bulk importer replaces it whole. What an
 * interrupted bulk load left (a store written half-way or whole) is removed, so running the same
 * command again finishes the job: the database was empty when that load began.
 */
async function requireEmptyGraph(config: EmbeddedDatabaseConfig, log: (line: string) => void): Promise<void> {
  if (existsSync(path.join(config.dataDir, BULK_IN_PROGRESS_FILE))) {
    log('an earlier bulk load stopped half-way; its partial database is removed / 上次批量装载中断，已清除其未完成的数据库');
    removeStore(config.dataDir);
    return;
  }
  if (!existsSync(path.join(config.dataDir, 'data/databases/neo4j'))) return;
  const db = await Database.open(config);
  try {
    const { nodes } = readOne(await db.read((tx) => tx.run(COUNT_ALL)), AllCount);
    if (nodes > 0) {
      throw new BulkLoadError(
        `The database in ${config.dataDir} holds ${nodes} nodes (graph, users or jobs). A bulk load replaces the whole database, so it only runs ` +
          'on an empty one: add to this graph with the spreadsheet importer, or set NEO4J_DATA_DIR to a new folder. ' +
          `/ 数据库中已有 ${nodes} 个节点。批量装载会替换整个数据库，只能用于空库：请改用表格导入，或将 NEO4J_DATA_DIR 指向新文件夹。`,
      );
    }
  } finally {
    await db.close();
  }
}

export async function bulkLoad(options: BulkLoadOptions): Promise<BulkLoadResult> {
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const empty = { nodes: 0, relationships: 0, counts: {}, importerSummary: [] };
  const { files, problems } = bulkFilesIn(options.folder);
  if (problems.length > 0) {
    return { status: 'rejected', errors: problems, errorCount: problems.length, ...empty, timings: { checkMs: 0, nodeCheckMs: 0, importMs: 0, nodeImportMs: null, indexMs: 0, totalMs: performance.now() - started } };
  }
  const work = mkdtempSync(path.join(os.tmpdir(), 'innochain-bulk-'));
  try {
    log(`checking ${files.length} files / 检查 ${files.length} 个文件`);
    const conversion = await convertForBulk(files, work, options.maxReportedErrors ?? 100);
    const checkMs = performance.now() - started;
    if (!conversion.valid) {
      return { status: 'rejected', errors: conversion.errors, errorCount: conversion.errorCount, ...empty, timings: { checkMs, nodeCheckMs: conversion.nodeMs, importMs: 0, nodeImportMs: null, indexMs: 0, totalMs: checkMs } };
    }
    await requireEmptyGraph(options.config, log);
    log(`writing ${conversion.nodes} nodes and ${conversion.relationships} relationships / 写入节点与关系`);
    const inProgress = path.join(options.config.dataDir, BULK_IN_PROGRESS_FILE);
    mkdirSync(options.config.dataDir, { recursive: true });
    writeFileSync(inProgress, `${new Date().toISOString()}\n`);
    let admin: Awaited<ReturnType<typeof runAdminImport>>;
    try {
      admin = await runAdminImport({
        dataDir: options.config.dataDir,
        heap: options.config.heap,
        nodeFiles: conversion.nodeFiles,
        relationshipFiles: conversion.relationshipFiles,
        multiline: conversion.multiline,
        reportFile: path.join(work, 'import.report'),
      });
    } catch (error) {
      rmSync(inProgress, { force: true });
      if (error instanceof AdminImportError && error.inUse) {
        throw new BulkLoadError('Neo4j has this data folder open (is npm start running on it?): stop it, then run the bulk load again. / 数据库正在使用中，请先停止服务再装载。');
      }
      // Back to the empty database it was: nothing half-written is left for Neo4j to open.
      removeStore(options.config.dataDir);
      throw error;
    }
    log('starting Neo4j and building indexes / 启动数据库并建立索引');
    const indexStarted = performance.now();
    const db = await Database.open(options.config);
    try {
      await db.awaitSearchIndex();
      const indexMs = performance.now() - indexStarted;
      const { nodes, relationships } = readOne(await db.read((tx) => tx.run(COUNT_GRAPH)), GraphCount);
      if (nodes !== conversion.nodes || relationships !== conversion.relationships) {
        throw new BulkLoadError(`the database holds ${nodes} nodes and ${relationships} relationships; the files held ${conversion.nodes} and ${conversion.relationships}`);
      }
      await db.write((tx) =>
        writeAudit(tx, {
          username: options.username,
          action: 'import.commit',
          targetKind: 'import',
          targetId: `bulk-${new Date().toISOString()}`,
          after: { bulk: true, folder: path.resolve(options.folder), files: files.map((f) => f.fileName), counts: conversion.counts },
        }),
      );
      rmSync(inProgress, { force: true });
      return {
        status: 'done',
        errors: [],
        errorCount: 0,
        nodes,
        relationships,
        counts: conversion.counts,
        timings: { checkMs, nodeCheckMs: conversion.nodeMs, importMs: admin.ms, nodeImportMs: admin.nodeStageMs, indexMs, totalMs: performance.now() - started },
        importerSummary: admin.summary,
      };
    } finally {
      await db.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
