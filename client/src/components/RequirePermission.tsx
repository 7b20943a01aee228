// Pages for a role (import, console, administration): while the session loads, a spinner; without
// the right, a plain explanation (and the login hint for anonymous visitors). The server enforces
// the same rules; this only spares people a page of errors.
import type { ReactNode } from 'react';
import { useLang } from '../i18n/lang';
import { ROLE_NAMES } from '../i18n/strings';
import { useSession, type Permissions } from '../state/session';
import { Loading } from './Status';

const NEEDED_ROLE: Record<keyof Permissions, keyof typeof ROLE_NAMES> = {
  read: 'viewer',
  export: 'analyst',
  console: 'analyst',
  edit: 'editor',
  import: 'editor',
  admin: 'admin',
};

export function RequirePermission({ permission, children }: { permission: keyof Permissions; children: ReactNode }) {
  const session = useSession();
  const lang = useLang();
  if (!session) return <Loading />;
  if (session.permissions[permission]) return <>{children}</>;
  const role = ROLE_NAMES[NEEDED_ROLE[permission]];
  return (
    <div className="page">
      <div className="status status-error" role="alert" data-testid="no-permission">
        <strong>{lang.t('noPermissionTitle')}</strong>
        <p>{lang.t('noPermission', { role: lang.pick(role.zh, role.en) })}</p>
        {!session.user && <p>{lang.t('loginHint')}</p>}
      </div>
    </div>
  );
}
