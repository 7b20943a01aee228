// User accounts: :User nodes with a bcrypt hash. Every change is audited; hashes never leave here.
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import type { Database } from '../../graph/db/database';
import { Role, UserDto } from '../../graph/model';
import { authErrors, errors } from '../errors';
import { readFirst, readOne } from '../presenters/rows';
import { writeAudit } from './audit';
import { hashPassword, verifyPassword } from './passwords';
import {
  CREATE_USER,
  DELETE_USER,
  DELETE_USER_SESSIONS,
  FIND_USER,
  LIST_USERS,
  LOCK_USER,
  OTHER_ACTIVE_ADMINS,
  SET_PASSWORD,
  UPDATE_USER,
} from './queries';
import type { SessionUser } from './types';

export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,39}$/, 'must be 2-40 characters: a-z, 0-9, ".", "_" or "-" (用户名为 2-40 位小写字母、数字或 ._-)');

export const DisplayName = z.string().trim().min(1).max(100);


export interface NewUser {
  username: string;
  password: string;
  role: Role;
  displayName?: string | undefined;
}

export interface UserChanges {
  role?: Role | undefined;
  displayName?: string | null | undefined;
  disabled?: boolean | undefined;
  password?: string | undefined;
}

/** OTHER_ACTIVE_ADMINS: a count, always one row. */
const AdminsRow = z.object({ admins: z.number() });
/** FIND_USER's row; the role is checked against Role only once the password matched. */
const CredentialsRow = z.object({
  user: z.object({
    username: z.string(),
    role: z.string(),
    displayName: z.string().nullable(),
    disabled: z.boolean().nullable(),
    passwordHash: z.string().nullable(),
  }),
});

const userNotFound = (username: string) => errors.notFound('user / 用户', username);

function toDto(raw: unknown): UserDto {
  const user = raw as Record<string, unknown>;
  return UserDto.parse({
    username: user.username,
    role: user.role,
    displayName: user.displayName ?? null,
    disabled: user.disabled === true,
    createdAt: user.createdAt ?? null,
    updatedAt: user.updatedAt ?? null,
    lastLoginAt: user.lastLoginAt ?? null,
  });
}

/**
 * `hash` is bcrypt at cost 12 (passwords.ts); only the tests' own users pass a cheaper one, since the suite
 * creates and logs in hundreds of them (the cost is read from the hash at login).
 */
export async function createUser(db: Database, input: NewUser, actor: string, hash: (password: string) => Promise<string> = hashPassword): Promise<UserDto> {
  // Hash outside the transaction: bcrypt takes a quarter of a second on purpose.
  const passwordHash = await hash(input.password);
  const now = new Date().toISOString();
  return db.write(async (tx) => {
    const existing = await tx.run(FIND_USER, { username: input.username });
    if (existing.records.length > 0) {
      throw errors.conflict(`User "${input.username}" already exists`, `用户「${input.username}」已存在`, [
        { field: 'username', reason: 'already taken', reasonZh: '已被使用' },
      ]);
    }
    const result = await tx.run(CREATE_USER, {
      username: input.username,
      role: input.role,
      displayName: input.displayName ?? null,
      passwordHash,
      now,
    });
    const user = toDto(result.records[0]?.get('user'));
    await writeAudit(tx, { username: actor, action: 'user.create', targetKind: 'user', targetId: user.username, after: user, at: now });
    return user;
  });
}

export async function listUsers(db: Database): Promise<UserDto[]> {
  const result = await db.read((tx) => tx.run(LIST_USERS));
  return result.records.map((r) => toDto(r.get('user')));
}

export async function getUser(db: Database, username: string): Promise<UserDto> {
  const users = await listUsers(db);
  const user = users.find((u) => u.username === username);
  if (!user) throw userNotFound(username);
  return user;
}

async function lockUser(tx: ManagedTransaction, username: string): Promise<UserDto> {
  const result = await tx.run(LOCK_USER, { username });
  const record = result.records[0];
  if (!record) throw userNotFound(username);
  return toDto(record.get('user'));
}

/** Refuses to leave the system without an enabled admin. */
async function keepAnAdmin(tx: ManagedTransaction, before: UserDto, after: UserDto | null): Promise<void> {
  const wasActiveAdmin = before.role === 'admin' && !before.disabled;
  const staysActiveAdmin = after !== null && after.role === 'admin' && !after.disabled;
  if (!wasActiveAdmin || staysActiveAdmin) return;
  const result = await tx.run(OTHER_ACTIVE_ADMINS, { username: before.username });
  if (readOne(result, AdminsRow).admins === 0) {
    throw errors.conflict(
      `"${before.username}" is the last enabled admin; make another user admin first`,
      `「${before.username}」是最后一位启用的管理员，请先指定另一位管理员`,
      [{ field: 'username', reason: 'last enabled admin', reasonZh: '最后一位启用的管理员' }],
    );
  }
}

export async function updateUser(db: Database, username: string, changes: UserChanges, actor: string): Promise<UserDto> {
  const passwordHash = changes.password === undefined ? undefined : await hashPassword(changes.password);
  const now = new Date().toISOString();
  return db.write(async (tx) => {
    const before = await lockUser(tx, username);
    const set: Record<string, unknown> = {};
    if (changes.role !== undefined) set.role = changes.role;
    if (changes.displayName !== undefined) set.displayName = changes.displayName;
    if (changes.disabled !== undefined) set.disabled = changes.disabled;
    const result = await tx.run(UPDATE_USER, { username, changes: set, now });
    const after = toDto(result.records[0]?.get('user'));
    await keepAnAdmin(tx, before, after);
    if (passwordHash !== undefined) await tx.run(SET_PASSWORD, { username, passwordHash, now });
    // A new role, a disabled account or a reset password ends every open session of that user.
    if (before.role !== after.role || after.disabled || passwordHash !== undefined) {
      await tx.run(DELETE_USER_SESSIONS, { username, keep: null });
    }
    await writeAudit(tx, {
      username: actor,
      action: 'user.update',
      targetKind: 'user',
      targetId: username,
      before,
      after: { ...after, ...(passwordHash !== undefined ? { passwordChanged: true } : {}) },
      at: now,
    });
    return after;
  });
}

export async function deleteUser(db: Database, username: string, actor: string): Promise<void> {
  await db.write(async (tx) => {
    const before = await lockUser(tx, username);
    await keepAnAdmin(tx, before, null);
    await tx.run(DELETE_USER_SESSIONS, { username, keep: null });
    await tx.run(DELETE_USER, { username });
    await writeAudit(tx, { username: actor, action: 'user.delete', targetKind: 'user', targetId: username, before });
  });
}

/** The user if the password matches an enabled account; null otherwise (same answer, same time, either way). */
export async function checkCredentials(db: Database, username: string, password: string): Promise<SessionUser | null> {
  const result = await db.read((tx) => tx.run(FIND_USER, { username }));
  const raw = readFirst(result, CredentialsRow)?.user;
  const matches = await verifyPassword(password, raw?.passwordHash ?? undefined);
  if (!raw || !matches || raw.disabled === true) return null;
  return { username: raw.username, role: Role.parse(raw.role), displayName: raw.displayName };
}

/** A user changing their own password: the current one must match; other sessions end. */
export async function changeOwnPassword(
  db: Database,
  input: { username: string; currentPassword: string; newPassword: string; keepSession: string | null },
): Promise<void> {
  const user = await checkCredentials(db, input.username, input.currentPassword);
  if (!user) {
    throw authErrors.wrongPassword();
  }
  const passwordHash = await hashPassword(input.newPassword);
  const now = new Date().toISOString();
  await db.write(async (tx) => {
    await tx.run(SET_PASSWORD, { username: input.username, passwordHash, now });
    await tx.run(DELETE_USER_SESSIONS, { username: input.username, keep: input.keepSession });
    await writeAudit(tx, {
      username: input.username,
      action: 'user.password',
      targetKind: 'user',
      targetId: input.username,
      after: { passwordChanged: true },
      at: now,
    });
  });
}
