// Names of the access roles (graph/model/users.ts lists them, least trusted first). The server names
// them in refusals and the API docs; the client on the users page and in "needs a role" notes.
import type { Role } from '../users';
import type { Names } from './names';

export const ROLE_NAMES: Record<Role, Names> = {
  /** Reads the graph, gaps and briefings. */
  viewer: { zh: '浏览者', en: 'Viewer' },
  /** Also runs the read-only Cypher console and exports tables. */
  analyst: { zh: '分析人员', en: 'Analyst' },
  /** Also creates, changes, deletes and imports data. */
  editor: { zh: '编辑人员', en: 'Editor' },
  /** Also manages users and reads the audit log. */
  admin: { zh: '管理员', en: 'Administrator' },
};
