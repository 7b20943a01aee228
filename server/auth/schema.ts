import { z } from 'zod';
import { SessionUser } from '../../graph/model';
import { NewPassword } from './passwords';

// The session the client reads is defined once, in graph/model/auth.ts.
export { Permissions, Session } from '../../graph/model';

export const LoginBody = z.object({
  username: z.string().trim().toLowerCase().min(1).max(100),
  password: z.string().min(1).max(200),
});

export const PasswordChangeBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: NewPassword,
});

export const CsrfBody = z.object({ csrfToken: z.string(), header: z.literal('X-CSRF-Token') });

export const LoginResult = z.object({
  user: SessionUser,
  csrfToken: z.string(),
  expiresAt: z.string(),
});
