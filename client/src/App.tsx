// The explorer shell: header (title, navigation, search, language) and one route per view. Every view
// keeps its state in the path and query string, so each is a bookmark. The navigation offers only what
// the logged-in role may use (the server enforces the same policy).
import { Link, NavLink, Route, Routes } from 'react-router';
import { SearchBox } from './components/SearchBox';
import { SessionControl } from './components/SessionControl';
import { LangProvider, useLang } from './i18n/lang';
import { LANGS } from './i18n/strings';
import { ChainPage } from './views/chain/ChainPage';
import { NodePage } from './views/node/NodePage';
import { OverviewPage } from './views/overview/OverviewPage';
import { PartnersPage } from './views/partners/PartnersPage';
import { QuestionsPage } from './views/questions/QuestionsPage';
import { AuditPage } from './views/admin/AuditPage';
import { UsersPage } from './views/admin/UsersPage';
import { ConsolePage } from './views/console/ConsolePage';
import { ImportPage } from './views/import/ImportPage';
import { usePermissions } from './state/session';

export function App() {
  return (
    <LangProvider>
      <Shell />
    </LangProvider>
  );
}

function Shell() {
  const lang = useLang();
  const { t } = lang;
  const can = usePermissions();
  return (
    <>
      <a className="skip-link" href="#main">
        {lang.pick('跳到正文', 'Skip to content')}
      </a>
      <header className="app-header">
        <Link to={lang.href('/')} className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span>
            <span className="brand-title">{t('appTitle')}</span>
            <span className="brand-subtitle">{t('appSubtitle')}</span>
          </span>
        </Link>
        <nav className="main-nav" aria-label={t('mainNav')}>
          <NavLink to={lang.href('/')} end>
            {t('navOverview')}
          </NavLink>
          <NavLink to={lang.href('/partners')}>{t('navPartners')}</NavLink>
          <NavLink to={lang.href('/questions')}>{t('navQuestions')}</NavLink>
          {can.console && (
            <NavLink to={lang.href('/console')} data-testid="nav-console">
              {t('navConsole')}
            </NavLink>
          )}
          {can.import && (
            <NavLink to={lang.href('/import')} data-testid="nav-import">
              {t('navImport')}
            </NavLink>
          )}
          {can.admin && (
            <>
              <NavLink to={lang.href('/admin/users')} data-testid="nav-users">
                {t('navUsers')}
              </NavLink>
              <NavLink to={lang.href('/admin/audit')} data-testid="nav-audit">
                {t('navAudit')}
              </NavLink>
            </>
          )}
          <a href="/api/docs">{t('navApi')}</a>
        </nav>
        <SearchBox />
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
        <SessionControl />
      </header>
      <main id="main" tabIndex={-1}>
        <Routes>
          <Route path="/" element={<OverviewPage />} />
          <Route path="/industries/:id" element={<ChainPage />} />
          <Route path="/nodes/:id" element={<NodePage />} />
          <Route path="/partners" element={<PartnersPage />} />
          <Route path="/questions" element={<QuestionsPage />} />
          <Route path="/questions/:id" element={<QuestionsPage />} />
          <Route path="/import" element={<ImportPage />} />
          <Route path="/console" element={<ConsolePage />} />
          <Route path="/admin/users" element={<UsersPage />} />
          <Route path="/admin/audit" element={<AuditPage />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </main>
    </>
  );
}

function NotFound() {
  const lang = useLang();
  return (
    <div className="page">
      <h1>{lang.t('notFoundTitle')}</h1>
      <p>
        <Link to={lang.href('/')}>{lang.t('backToOverview')}</Link>
      </p>
    </div>
  );
}
