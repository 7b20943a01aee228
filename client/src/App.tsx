// The explorer shell: header (title, navigation, search, language) and one route per view. Every view
// keeps its state in the path and query string, so each is a bookmark. The navigation offers only what
// the logged-in role may use (the server enforces the same policy).
// The overview and the chain view, where visits start, come with the shell; every other view is a chunk
// of its own, loaded when first visited (the product's loading state meanwhile).
import { Component, lazy, Suspense, type ReactNode } from 'react';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { ApiError } from './api/client';
import { AppHeader } from './components/AppHeader';
import { SessionExpiredBanner } from './components/SessionExpired';
import { ErrorMessage, Loading } from './components/Status';
import { LangProvider, useLang } from './i18n/lang';
import { ChainPage } from './views/chains/ChainPage';
import { LoginPage } from './views/login/LoginPage';
import { OverviewPage } from './views/overview/OverviewPage';
import { LOGIN_PATH, loginPathFor } from './state/nextPath';
import { useSession, useSessionSettled } from './state/session';

const NodePage = lazy(() => import('./views/graph/NodePage').then((m) => ({ default: m.NodePage })));
const PartnersPage = lazy(() => import('./views/partners/PartnersPage').then((m) => ({ default: m.PartnersPage })));
const RegionPage = lazy(() => import('./views/regions/RegionPage').then((m) => ({ default: m.RegionPage })));
const QuestionsPage = lazy(() => import('./views/questions/QuestionsPage').then((m) => ({ default: m.QuestionsPage })));
const AuditPage = lazy(() => import('./views/audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const UsersPage = lazy(() => import('./views/users/UsersPage').then((m) => ({ default: m.UsersPage })));
const ConsolePage = lazy(() => import('./views/console/ConsolePage').then((m) => ({ default: m.ConsolePage })));
const ComparePage = lazy(() => import('./views/compare/ComparePage').then((m) => ({ default: m.ComparePage })));
const FreshnessPage = lazy(() => import('./views/freshness/FreshnessPage').then((m) => ({ default: m.FreshnessPage })));
const CasesPage = lazy(() => import('./views/cases/CasesPage').then((m) => ({ default: m.CasesPage })));
const ImportPage = lazy(() => import('./views/import/ImportPage').then((m) => ({ default: m.ImportPage })));

export function App() {
  return (
    <LangProvider>
      <Shell />
    </LangProvider>
  );
}

function Shell() {
  const lang = useLang();
  const location = useLocation();
  const session = useSession();
  const settled = useSessionSettled();
  // A server closed to anonymous readers: every view waits on the login page (/login?next=…).
  const mustLogIn = session !== null && !session.user && !session.openRead;
  const onLoginPage = location.pathname === LOGIN_PATH;
  return (
    <>
      <a className="skip-link" href="#main">
        {lang.pick('跳到正文', 'Skip to content')}
      </a>
      <AppHeader loginOnly={mustLogIn} />
      <SessionExpiredBanner />
      <main id="main" tabIndex={-1}>
        <RouteChunks path={location.pathname}>
          {/* Views wait for the session, so a closed server's visitor never sees their failed requests. */}
          {!settled && !onLoginPage ? (
            <div className="page">
              <Loading />
            </div>
          ) : mustLogIn && !onLoginPage ? (
            <Navigate to={lang.href(loginPathFor(location.pathname + location.search + location.hash))} replace />
          ) : (
          <Routes>
            <Route path={LOGIN_PATH} element={<LoginPage />} />
            <Route path="/" element={<OverviewPage />} />
            <Route path="/industries/:id" element={<ChainPage />} />
            <Route path="/nodes/:id" element={<NodePage />} />
            <Route path="/partners" element={<PartnersPage />} />
            <Route path="/regions/:id" element={<RegionPage />} />
            <Route path="/questions" element={<QuestionsPage />} />
            <Route path="/questions/:id" element={<QuestionsPage />} />
            <Route path="/cases" element={<CasesPage />} />
            <Route path="/compare" element={<ComparePage />} />
            <Route path="/freshness" element={<FreshnessPage />} />
            <Route path="/import" element={<ImportPage />} />
            <Route path="/console" element={<ConsolePage />} />
            <Route path="/admin/users" element={<UsersPage />} />
            <Route path="/admin/audit" element={<AuditPage />} />
            <Route path="*" element={<NotFound />} />
          </Routes>
          )}
        </RouteChunks>
      </main>
    </>
  );
}

/** A view's chunk could not be downloaded (offline, or a newer deployment replaced it): say so, offer a reload. */
const CHUNK_FAILED = new ApiError(
  0,
  'chunk_load',
  'This view could not be downloaded. Check the connection and reload the page.',
  '此页面未能下载，请检查网络后重新加载。',
);

/** How browsers word a failed dynamic import (Chromium, Firefox, Safari). */
const CHUNK_FAILURE = /dynamically imported module|importing a module script failed|error loading dynamically imported module/i;

interface RouteChunksProps {
  /** The current path: going elsewhere clears a failure. */
  path: string;
  children: ReactNode;
}

interface RouteChunksState {
  error: Error | null;
  path: string;
}

/**
 * Loading state while a view's chunk downloads, and its failure as an error in place of a blank page.
 * Other errors pass on unchanged.
 */
class RouteChunks extends Component<RouteChunksProps, RouteChunksState> {
  override state: RouteChunksState = { error: null, path: this.props.path };

  static getDerivedStateFromError(error: unknown): Partial<RouteChunksState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: RouteChunksProps, state: RouteChunksState): Partial<RouteChunksState> | null {
    return props.path === state.path ? null : { error: null, path: props.path };
  }

  override render() {
    const { error } = this.state;
    if (error) {
      if (!CHUNK_FAILURE.test(error.message)) throw error;
      return (
        <div className="page">
          <ErrorMessage error={CHUNK_FAILED} onRetry={() => window.location.reload()} />
        </div>
      );
    }
    return (
      <Suspense
        fallback={
          <div className="page">
            <Loading />
          </div>
        }
      >
        {this.props.children}
      </Suspense>
    );
  }
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
