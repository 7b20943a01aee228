// Said instead of a failure when the session ended while the page was open (an API call answered 401):
// a link to the login page that comes back to this view. A plain link, not the router's: the page
// loads afresh, so the login page reads the new, anonymous session instead of the remembered one.
import { useEffect, useSyncExternalStore } from 'react';
import { useLocation } from 'react-router';
import { bannerWanted, holdInlineNote, subscribeSessionExpiry } from '../api/sessionExpiry';
import { useLang } from '../i18n/lang';
import { LOGIN_PATH, loginPathFor } from '../state/nextPath';

/** In place of a view's or a form's error (inline), or in the shell's banner. */
export function SessionExpiredNote({ inline = true }: { inline?: boolean }) {
  const lang = useLang();
  useEffect(() => (inline ? holdInlineNote() : undefined), [inline]);
  const location = useLocation();
  const href = lang.href(loginPathFor(location.pathname + location.search + location.hash));
  return (
    <div className="status session-expired" role="alert" data-testid="session-expired" data-where={inline ? 'inline' : 'banner'}>
      <p>{lang.pick('登录已失效（会话过期或已退出），请重新登录后继续。', 'Your session has ended (it expired or you logged out). Log in again to carry on.')}</p>
      <a className="button" href={href} data-testid="session-expired-login">
        {lang.pick('重新登录并返回此页', 'Log in and come back here')}
      </a>
    </div>
  );
}

/** Over every view once a call was refused for want of a session and no view says so in place (writes, background loads). */
export function SessionExpiredBanner() {
  const wanted = useSyncExternalStore(subscribeSessionExpiry, bannerWanted);
  const location = useLocation();
  if (!wanted || location.pathname === LOGIN_PATH) return null;
  return (
    <div className="session-expired-banner">
      <SessionExpiredNote inline={false} />
    </div>
  );
}
