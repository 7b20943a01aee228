// Said instead of a failure when the session ended while the page was open (an API call answered 401):
// a link to the login page that comes back to this view. A plain link, not the router's: the page
// loads afresh, so the login page reads the new, anonymous session instead of the remembered one.
import { useSyncExternalStore } from 'react';
import { useLocation } from 'react-router';
import { sessionExpired, subscribeSessionExpiry } from '../api/sessionExpiry';
import { useLang } from '../i18n/lang';
import { LOGIN_PATH, loginPathFor } from '../state/nextPath';

export function SessionExpiredNote({ testId = 'session-expired-note' }: { testId?: string }) {
  const lang = useLang();
  const location = useLocation();
  const href = lang.href(loginPathFor(location.pathname + location.search + location.hash));
  return (
    <div className="status session-expired" role="alert" data-testid={testId}>
      <p>{lang.pick('登录已失效（会话过期或已退出），请重新登录后继续。', 'Your session has ended (it expired or you logged out). Log in again to carry on.')}</p>
      <a className="button" href={href} data-testid={`${testId}-login`}>
        {lang.pick('重新登录并返回此页', 'Log in and come back here')}
      </a>
    </div>
  );
}

/** Over every view once any call was refused for want of a session, so writes and background loads say it too. */
export function SessionExpiredBanner() {
  const expired = useSyncExternalStore(subscribeSessionExpiry, sessionExpired);
  const location = useLocation();
  if (!expired || location.pathname === LOGIN_PATH) return null;
  return (
    <div className="session-expired-banner">
      <SessionExpiredNote testId="session-expired" />
    </div>
  );
}
