// Access-control and resource-limit settings: one object, read once from the environment, with a
// comment per field; the import's and the console's own settings live in their folders. Tests pass their own (see tests/helpers/server.ts).
import { randomBytes } from 'node:crypto';
import { DEFAULT_CONSOLE, type ConsoleSettings } from '../console/settings';
import { DEFAULT_IMPORT, uploadDirFromEnv, type ImportSettings } from '../import/settings';

export interface LoginLimitSettings {
  /** Window over which login attempts are counted, in minutes. */
  windowMinutes: number;
  /** Login attempts (successful or not) allowed per client IP in one window. */
  perIp: number;
  /** Failed login attempts allowed per username in one window. */
  perUsername: number;
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
  import: DEFAULT_IMPORT,
  console: DEFAULT_CONSOLE,
};

/** One random secret per process, so every caller that falls back to it agrees. */
let processCsrfSecret: string | undefined;
function fallbackCsrfSecret(): string {
  processCsrfSecret ??= randomBytes(32).toString('hex');
  return processCsrfSecret;
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

export type { ConsoleSettings, ImportSettings };
