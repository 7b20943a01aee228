// Roles, from least to most trusted: each includes what the ones before it may do. The list itself is
// the wire shape the admin pages read, in graph/model/users.ts; their names are in its vocabulary.
import { ROLES, type Role } from '../../graph/model';

export { ROLES, Role, ROLE_NAMES } from '../../graph/model';

export function roleAtLeast(role: Role, minimum: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(minimum);
}
