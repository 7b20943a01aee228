import { z } from 'zod';
import { NewPassword } from './passwords';
import { Role, ROLES } from './roles';

export const LoginBody = z.object({
  username: z.string().trim().toLowerCase().min(1).max(100),
  password: z.string().min(1).max(200),
});

export const PasswordChangeBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: NewPassword,
});

export const SessionUserDto = z.object({
  username: z.string(),
  role: Role,
  displayName: z.string().nullable(),
});

/** What the current visitor may do, so the client can show or hide controls without guessing. */
export const Permissions = z.object({
  read: z.boolean(),
  console: z.boolean(),
  export: z.boolean(),
  edit: z.boolean(),
  import: z.boolean(),
  admin: z.boolean(),
});

export const SessionBody = z.object({
  user: SessionUserDto.nullable(),
  openRead: z.boolean(),
  roles: z.array(Role).describe(`From least to most trusted: ${ROLES.join(' < ')}`),
  permissions: Permissions,
});

export const CsrfBody = z.object({ csrfToken: z.string(), header: z.literal('X-CSRF-Token') });

export const LoginResult = z.object({
  user: SessionUserDto,
  csrfToken: z.string(),
  expiresAt: z.string(),
});
