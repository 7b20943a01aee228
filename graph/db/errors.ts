// Driver and Neo4j errors are told apart by their code (never by message text); this is the one place
// that reads it, so callers compare named codes instead of probing unknown objects.

/** Driver codes for a server that is missing or went away. */
export const UNAVAILABLE_CODES: ReadonlySet<string> = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** A transaction stopped by the server's or the client's time limit. */
export const TIMEOUT_CODES: ReadonlySet<string> = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);


/**
 * The `code` of a Neo4j or driver error (also of Node system errors such as ENOENT, and of parser
 * errors that carry one); undefined when the value has no string code.
 */
export function neo4jErrorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** The `message` of an error-like value, '' when it has none. */
export function errorMessage(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : '';
}

/** The GQL status of a driver error and of its causes, outermost first (the specific one is often a cause). */
export function gqlStatusesOf(error: unknown): string[] {
  const statuses: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 10 && typeof current === 'object' && current !== null; depth += 1) {
    if ('gqlStatus' in current && typeof current.gqlStatus === 'string') statuses.push(current.gqlStatus);
    current = 'cause' in current ? current.cause : undefined;
  }
  return statuses;
}

/** Neo4j's unique-constraint error: e.g. two creates of the same id raced. */
export function isConstraintViolation(error: unknown): boolean {
  return neo4jErrorCode(error) === 'Neo.ClientError.Schema.ConstraintValidationFailed';
}

/**
 * The database cannot be used right now (embedded Neo4j is restarting, or the Database is closed).
 * `code` is the driver's own code for a missing server, so whoever classifies driver errors by code
 * treats it alike; `messageZh` carries the Chinese reason.
 */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
  readonly code = 'ServiceUnavailable';
  constructor(
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
  }
}
