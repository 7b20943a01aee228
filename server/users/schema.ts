import { z } from 'zod';
import { NewPassword } from '../auth/passwords';
import { Role } from '../auth/roles';
import { DisplayName, UserDto, Username } from '../auth/users';

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

export const UserBody = z.object({ user: UserDto });
export const UserList = z.object({ items: z.array(UserDto) });
