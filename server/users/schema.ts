import { z } from 'zod';
import { Role } from '../../graph/model';
import { NewPassword } from '../auth/passwords';
import { DisplayName, Username } from '../auth/users';

// The answers are the shapes the admin pages read, defined once in graph/model/users.ts.
export { UserBody, UserList } from '../../graph/model';

export const UserParams = z.object({ username: Username });

export const CreateUserBody = z
  .object({
    username: Username,
    password: NewPassword,
    role: Role,
    displayName: DisplayName.optional(),
  })
  .strict();

export const UpdateUserBody = z
  .object({
    role: Role.optional(),
    displayName: DisplayName.nullable().optional(),
    disabled: z.boolean().optional(),
    password: NewPassword.optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'give at least one of role, displayName, disabled, password (至少修改一项)' });
