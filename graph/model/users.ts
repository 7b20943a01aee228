// Roles and user accounts as the API sends them: one definition for the server (auth, users) and the
// admin pages.
import { z } from 'zod';

/** From least to most trusted: each includes what the ones before it may do. */
export const ROLES = ['viewer', 'analyst', 'editor', 'admin'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** An account as GET /api/users lists it (never its password hash). */
export const UserDto = z.object({
  username: z.string(),
  role: Role,
  displayName: z.string().nullable(),
  disabled: z.boolean(),
  createdAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
});
export type UserDto = z.infer<typeof UserDto>;

export const UserBody = z.object({ user: UserDto });
export type UserBody = z.infer<typeof UserBody>;

export const UserList = z.object({ items: z.array(UserDto) });
export type UserList = z.infer<typeof UserList>;
