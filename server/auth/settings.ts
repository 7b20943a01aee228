// Access-control and resource-limit settings: one object, read once from the environment, with a
// comment per field. Tests pass their own (see tests/helpers/server.ts).
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';

export interface LoginLimitSettings {
  /** Window over which login attempts are counted, in minutes. */
  windowMinutes: number;
  /** Login attempts (successful or not) allowed per client IP in one window. */
  perIp: number;
  /** Failed login attempts allowed per username in one window. */
  perUsername: number;
}

export interface ImportSettings {
  /** Largest upload accepted, in bytes. */
  maxBytes: number;
  /** Rows written per transaction (UNWIND batch). */
  batchSize: number;
  /** Row errors kept in a report; the total is always counted. */
  maxReportedErrors: number;
  /** Folder for uploads while they are validated and written; one per instance (see uploadDirFromEnv). */
  uploadDir: string;
}

export interface ConsoleSettings {
  /** Transaction timeout of a console query, in milliseconds. */
  timeoutMs: number;
  /** Rows returned to the browser; more are cut and flagged as truncated. */
  rowCap: number;
  /** Rows written to a CSV/XLSX export of a console result. */
  exportRowCap: number;
  /** Longest Cypher text accepted, in characters. */
  maxQueryLength: number;
  /** Deepest bracket nesting accepted; Neo4j's parser stops answering on thousands of levels. */
  maxDepth: number;
  /** JSON bytes of one result sent to the browser; reading stops there and the result says it was cut. */
  maxResponseBytes: number;
  /** Bytes of one CSV/XLSX export's cells, likewise. */
  maxExportBytes: number;
  /** JSON bytes of any one cell; a larger value is replaced by a "cut" marker with its size. */
  maxValueBytes: number;
  /** Console queries one user may have running at once; more answer 429. */
  perUserConcurrency: number;
  /** Console queries running at once in the whole server (each in its own worker thread and connection). */
  totalConcurrency: number;
  /** Heap of one console worker thread, in MB: a result too large to decode ends that worker, not the server. */
  workerHeapMb: number;
  /** Time after timeoutMs before the server terminates the transaction itself and answers 504. */
  deadlineMarginMs: number;
}

export interface SecuritySettings {
  /** "Open read-only mode": anonymous visitors may read (GET, briefings, exports), never write. INNOCHAIN_OPEN_READ=1. */
  openRead: boolean;
  /** Cookies only over HTTPS (set when served behind TLS). INNOCHAIN_SECURE_COOKIES=1. */
  secureCookies: boolean;
  /** Session lifetime in hours (absolute, from login). INNOCHAIN_SESSION_HOURS. */
  sessionHours: number;
  /** HMAC secret for CSRF tokens. INNOCHAIN_CSRF_SECRET; random per process if unset (clients then refetch the token after a restart). */
  csrfSecret: string;
  /** Number of reverse proxies in front of the app, so rate limits see the client IP. INNOCHAIN_TRUST_PROXY. */
  trustProxy: number;
  login: LoginLimitSettings;
  import: ImportSettings;
  console: ConsoleSettings;
}

export const DEFAULT_SECURITY: Omit<SecuritySettings, 'csrfSecret'> = {
  openRead: false,
  secureCookies: false,
  sessionHours: 12,
  trustProxy: 0,
  login: { windowMinutes: 15, perIp: 50, perUsername: 10 },
  import: {
    maxBytes: 64 * 1024 * 1024,
    batchSize: 5000,
    maxReportedErrors: 500,
    // Tests and scripts: a folder of this process's own (npm start uses uploadDirFromEnv).
    uploadDir: path.join(os.tmpdir(), `innochain-uploads-${process.pid}`),
  },
  console: {
    timeoutMs: 15_000,
    rowCap: 1000,
    exportRowCap: 50_000,
    maxQueryLength: 20_000,
    maxDepth: 40,
    maxResponseBytes: 8 * 2 ** 20,
    maxExportBytes: 32 * 2 ** 20,
    maxValueBytes: 256 * 2 ** 10,
    perUserConcurrency: 2,
    totalConcurrency: 4,
    workerHeapMb: 160,
    deadlineMarginMs: 1_000,
  },
};

/** One random secret per process, so every caller that falls back to it agrees. */
let processCsrfSecret: string | undefined;
function fallbackCsrfSecret(): string {
  processCsrfSecret ??= randomBytes(32).toString('hex');
  return processCsrfSecret;
}

/**
 * INNOCHAIN_UPLOAD_DIR, or "uploads" in the instance's data folder (the parent of NEO4J_DATA_DIR, so
 * data/uploads by default). One folder per instance: what is left in it is removed at start.
 */
export function uploadDirFromEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const explicit = env.INNOCHAIN_UPLOAD_DIR?.trim();
  if (explicit) return path.resolve(cwd, explicit);
  return path.join(path.dirname(path.resolve(cwd, env.NEO4J_DATA_DIR?.trim() || 'data/neo4j')), 'uploads');
}

export class SettingsError extends Error {
  override name = 'SettingsError';
}

export function securitySettingsFromEnv(env: NodeJS.ProcessEnv = process.env): SecuritySettings {
  const flag = (name: string): boolean => /^(1|true|yes|on)$/i.test(env[name]?.trim() ?? '');
  const number = (name: string, fallback: number, min: number, max: number): number => {
    const text = env[name]?.trim();
    if (!text) return fallback;
    const value = Number(text);
    if (!Number.isFinite(value) || value < min || value > max) {
      throw new SettingsError(`${name} must be a number from ${min} to ${max} (got "${text}") / ${name} 取值无效`);
    }
    return value;
  };
  const csrfSecret = env.INNOCHAIN_CSRF_SECRET?.trim() || fallbackCsrfSecret();
  if (csrfSecret.length < 32) {
    throw new SettingsError('INNOCHAIN_CSRF_SECRET must be at least 32 characters / INNOCHAIN_CSRF_SECRET 至少 32 个字符');
  }
  return {
    ...DEFAULT_SECURITY,
    openRead: flag('INNOCHAIN_OPEN_READ'),
    secureCookies: flag('INNOCHAIN_SECURE_COOKIES'),
    sessionHours: number('INNOCHAIN_SESSION_HOURS', DEFAULT_SECURITY.sessionHours, 0.1, 24 * 30),
    csrfSecret,
    trustProxy: number('INNOCHAIN_TRUST_PROXY', 0, 0, 10),
    import: {
      ...DEFAULT_SECURITY.import,
      maxBytes: number('INNOCHAIN_IMPORT_MAX_MB', DEFAULT_SECURITY.import.maxBytes / 2 ** 20, 1, 2048) * 2 ** 20,
      uploadDir: uploadDirFromEnv(env),
    },
  };
}

/** Settings for tests and scripts: defaults, a fresh secret, and the given overrides. */
export function securitySettings(overrides: SecurityOverrides = {}): SecuritySettings {
  return {
    ...DEFAULT_SECURITY,
    csrfSecret: fallbackCsrfSecret(),
    ...overrides,
    login: { ...DEFAULT_SECURITY.login, ...overrides.login },
    import: { ...DEFAULT_SECURITY.import, ...overrides.import },
    console: { ...DEFAULT_SECURITY.console, ...overrides.console },
  };
}

export type SecurityOverrides = Partial<Omit<SecuritySettings, 'login' | 'import' | 'console'>> & {
  login?: Partial<LoginLimitSettings>;
  import?: Partial<ImportSettings>;
  console?: Partial<ConsoleSettings>;
};
