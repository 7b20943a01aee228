import type { OperationSpec } from '../openapi/operation';
import { CreateUserBody, UpdateUserBody, UserBody, UserList, UserParams } from './schema';

const ADMIN = 'Role: admin. Changing a role, disabling an account or resetting a password ends that user’s sessions. The last enabled admin cannot be demoted, disabled or deleted (409).';

export const operations: OperationSpec[] = [
  { method: 'get', path: '/api/users', tag: 'users', summary: 'All user accounts / 用户列表', description: ADMIN, responses: { 200: { description: 'Users (never their password hashes)', schema: UserList } } },
  {
    method: 'post',
    path: '/api/users',
    tag: 'users',
    summary: 'Create a user / 新建用户',
    description: ADMIN,
    body: CreateUserBody,
    responses: { 201: { description: 'Created', schema: UserBody }, 409: { description: 'Username taken' } },
  },
  { method: 'get', path: '/api/users/{username}', tag: 'users', summary: 'One user / 用户详情', description: ADMIN, params: UserParams, responses: { 200: { description: 'The user', schema: UserBody }, 404: { description: 'No such user' } } },
  {
    method: 'patch',
    path: '/api/users/{username}',
    tag: 'users',
    summary: 'Change role, display name, disabled flag or password / 修改用户',
    description: ADMIN,
    params: UserParams,
    body: UpdateUserBody,
    responses: { 200: { description: 'Changed', schema: UserBody }, 404: { description: 'No such user' }, 409: { description: 'Would leave no enabled admin' } },
  },
  {
    method: 'delete',
    path: '/api/users/{username}',
    tag: 'users',
    summary: 'Delete a user and their sessions / 删除用户',
    description: ADMIN,
    params: UserParams,
    responses: { 204: { description: 'Deleted' }, 404: { description: 'No such user' }, 409: { description: 'Would leave no enabled admin' } },
  },
];
