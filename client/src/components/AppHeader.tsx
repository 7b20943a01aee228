// The header: title, navigation, search, language and account, on one row at any desktop width (links
// that do not fit go into OverflowNav's "more" menu). On a phone it folds behind a menu button. A
// visitor who must log in first sees only the title and the language switch.
import { useId, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { CASE_STRINGS } from '../i18n/caseStrings';
import { FRESHNESS_STRINGS } from '../i18n/freshnessStrings';
import { useLang } from '../i18n/lang';
import { LANGS } from '../i18n/strings';
import { PHONE_QUERY, useMediaQuery } from '../state/mediaQuery';
import { usePublishedHeight } from '../state/publishedHeight';
import { usePermissions } from '../state/session';
import { OverflowNav, type NavItem } from './OverflowNav';
import { RegionSwitch } from './RegionSwitch';
import { SearchBox } from './SearchBox';
import { SessionControl } from './SessionControl';

export function AppHeader({ loginOnly }: { loginOnly: boolean }) {
  const lang = useLang();
  const { t } = lang;
  const phone = useMediaQuery(PHONE_QUERY);
  const toolsId = useId();
  const { pathname } = useLocation();
  // The menu is open for the page it was opened on: going somewhere (a link, a search hit) folds it again.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const menuOpen = openOn === pathname;
  const setMenuOpen = (open: boolean) => setOpenOn(open ? pathname : null);

  const header = useRef<HTMLElement>(null);
  usePublishedHeight(header, '--app-header-height');

  const toolsClass = phone ? (menuOpen ? 'header-tools header-tools-open' : 'header-tools header-tools-folded') : 'header-tools';
  return (
    <header ref={header} className="app-header" data-testid="app-header" onKeyDown={(event) => phone && event.key === 'Escape' && setMenuOpen(false)}>
      <Link to={lang.href('/')} className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <span>
          <span className="brand-title">{t('appTitle')}</span>
          <span className="brand-subtitle">{t('appSubtitle')}</span>
        </span>
      </Link>
      {phone && (
        <button
          type="button"
          className="header-menu-button"
          aria-expanded={menuOpen}
          aria-controls={toolsId}
          onClick={() => setMenuOpen(!menuOpen)}
          data-testid="header-menu"
        >
          <span aria-hidden="true">☰</span> {t('headerMenu')}
        </button>
      )}
      <div className={toolsClass} id={toolsId}>
        {!loginOnly && <MainNav fold={!phone} />}
        {!loginOnly && <SearchBox />}
        {!loginOnly && <RegionSwitch />}
        <div className="lang-switch" role="group" aria-label={t('language')}>
          {LANGS.map((code) => (
            <button
              key={code}
              type="button"
              aria-pressed={lang.lang === code}
              onClick={() => lang.setLang(code)}
              lang={code === 'zh' ? 'zh-CN' : 'en'}
              data-testid={`lang-${code}`}
            >
              {code === 'zh' ? '中文' : 'English'}
            </button>
          ))}
        </div>
        {!loginOnly && <SessionControl />}
      </div>
    </header>
  );
}

/** The views the visitor's role may open (the server enforces the same policy). */
function MainNav({ fold }: { fold: boolean }) {
  const lang = useLang();
  const { t } = lang;
  const can = usePermissions();
  const items: NavItem[] = [
    { key: 'overview', label: t('navOverview'), to: lang.href('/'), end: true },
    { key: 'partners', label: t('navPartners'), to: lang.href('/partners') },
    { key: 'questions', label: t('navQuestions'), to: lang.href('/questions') },
    { key: 'cases', label: CASE_STRINGS.nav[lang.lang], to: lang.href('/cases'), testId: 'nav-cases' },
    { key: 'compare', label: t('navCompare'), to: lang.href('/compare'), testId: 'nav-compare' },
    { key: 'freshness', label: FRESHNESS_STRINGS.nav[lang.lang], to: lang.href('/freshness'), testId: 'nav-freshness' },
  ];
  if (can.console) items.push({ key: 'console', label: t('navConsole'), to: lang.href('/console'), testId: 'nav-console' });
  if (can.import) items.push({ key: 'import', label: t('navImport'), to: lang.href('/import'), testId: 'nav-import' });
  if (can.admin) {
    items.push({ key: 'users', label: t('navUsers'), to: lang.href('/admin/users'), testId: 'nav-users' });
    items.push({ key: 'audit', label: t('navAudit'), to: lang.href('/admin/audit'), testId: 'nav-audit' });
  }
  items.push({ key: 'api', label: t('navApi'), to: '/api/docs', external: true });
  return <OverflowNav items={items} label={t('mainNav')} fold={fold} />;
}
