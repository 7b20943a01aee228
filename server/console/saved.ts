// Saved console queries: :SavedQuery nodes, each owned by one user, who alone sees and changes them.
import { z } from 'zod';
import type { Database } from '../../graph/db/database';
import { SavedQuery } from '../../graph/model';
import { newId } from '../auth/tokens';
import { errors } from '../errors';
import { readFirst } from '../presenters/rows';
import { CREATE_SAVED, DELETE_SAVED, GET_SAVED, LIST_SAVED, UPDATE_SAVED } from './queries';

export interface SavedQueryInput {
  name: string;
  description?: string | null | undefined;
  cypher: string;
  params?: Record<string, unknown> | undefined;
}

function toDto(raw: unknown): SavedQuery {
  const q = raw as Record<string, unknown>;
  let params: unknown;
  try {
    params = JSON.parse(typeof q.params === 'string' ? q.params : '{}');
  } catch {
    params = {};
  }
  return SavedQuery.parse({ ...q, description: q.description ?? null, params });
}

/** DELETE_SAVED counts what it deleted: 1, or 0 when the id is not this owner's. */
const DeletedRow = z.object({ deleted: z.number() });

const notFound = (id: string) => errors.notFound('saved query / 已保存的查询', id);

export async function listSavedQueries(db: Database, owner: string): Promise<SavedQuery[]> {
  const result = await db.read((tx) => tx.run(LIST_SAVED, { owner }));
  return result.records.map((r) => toDto(r.get('query')));
}

export async function getSavedQuery(db: Database, owner: string, id: string): Promise<SavedQuery> {
  const record = (await db.read((tx) => tx.run(GET_SAVED, { owner, id }))).records[0];
  if (!record) throw notFound(id);
  return toDto(record.get('query'));
}

export async function createSavedQuery(db: Database, owner: string, input: SavedQueryInput): Promise<SavedQuery> {
  const now = new Date().toISOString();
  const query = {
    id: newId(),
    owner,
    name: input.name,
    description: input.description ?? null,
    cypher: input.cypher,
    params: JSON.stringify(input.params ?? {}),
    createdAt: now,
    updatedAt: now,
  };
  const result = await db.write((tx) => tx.run(CREATE_SAVED, { query }));
  return toDto(result.records[0]?.get('query'));
}

export async function updateSavedQuery(db: Database, owner: string, id: string, input: Partial<SavedQueryInput>): Promise<SavedQuery> {
  const changes: Record<string, unknown> = { updatedAt: new Date().toISOString() };
  if (input.name !== undefined) changes.name = input.name;
  if (input.description !== undefined) changes.description = input.description;
  if (input.cypher !== undefined) changes.cypher = input.cypher;
  if (input.params !== undefined) changes.params = JSON.stringify(input.params);
  const record = (await db.write((tx) => tx.run(UPDATE_SAVED, { owner, id, changes }))).records[0];
  if (!record) throw notFound(id);
  return toDto(record.get('query'));
}

export async function deleteSavedQuery(db: Database, owner: string, id: string): Promise<void> {
  const row = readFirst(await db.write((tx) => tx.run(DELETE_SAVED, { owner, id })), DeletedRow);
  if (row?.deleted !== 1) throw notFound(id);
}
