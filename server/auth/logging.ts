// Request logs never carry secrets: cookies, CSRF tokens, auth headers and any password-like field
// are replaced before a line is written, whichever base logger the app was given.
import type { Logger } from '../logger';

export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.passwordHash',
  '*.token',
  '*.csrfToken',
];

export function redactingLogger(base: Logger): Logger {
  return base.child({}, { redact: { paths: REDACTED_PATHS, censor: '[redacted]' } });
}
