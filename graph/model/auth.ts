// The session as the API sends it (GET /api/auth/session): who is logged in and what they may do. One
// definition for the server's auth feature and the client's session state.
import { z } from 'zod';
import { Role, ROLES } from './users';

export const SessionUser = z.object({
  username: z.string(),
  role: Role,
  displayName: z.string().nullable(),
});
export type SessionUser = z.infer<typeof SessionUser>;

/** What the current visitor may do, so the client can show or hide controls without guessing. */
export const Permissions = z.object({
  read: z.boolean(),
  console: z.boolean(),
  export: z.boolean(),
  edit: z.boolean(),
  import: z.boolean(),
  admin: z.boolean(),
});
export type Permissions = z.infer<typeof Permissions>;

export const Session = z.object({
  user: SessionUser.nullable(),
  openRead: z.boolean().describe('Anonymous visitors may read (open read-only mode)'),
  roles: z.array(Role).describe(`From least to most trusted: ${ROLES.join(' < ')}`),
  permissions: Permissions,
});
export type Session = z.infer<typeof Session>;
