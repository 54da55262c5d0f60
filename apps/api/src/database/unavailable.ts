import { ErrorCode } from '@elinvoima/domain';
import { DomainError } from '../common/domain-error.js';

/** Seconds a client is asked to wait before trying again while the database is away. */
export const RETRY_AFTER_SECONDS = 5;

/** Socket errors of a server that is not there (refused, reset, unreachable). */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * TypeORM's: no pool (not yet connected, or closed), or a transaction whose connection broke
 * under it (TypeORM releases such a connection, and the transaction's next statement finds it gone).
 */
const TYPEORM_ERRORS = new Set([
  'CannotExecuteNotConnectedError',
  'ConnectionIsNotSetError',
  'QueryRunnerAlreadyReleasedError',
  'QueryRunnerProviderAlreadyReleasedError',
]);

/** node-postgres's own words for a connection that broke or never came. */
const DRIVER_MESSAGES = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /is not queryable/,
  /Cannot use a pool after calling end/,
];

/**
 * SQLSTATEs of a server that is away or on its way: connection exceptions (class 08), shutdown
 * by an administrator or a crash (57P01, 57P02), still starting (57P03), out of connections (53300).
 */
function unavailableSqlState(code: string): boolean {
  return code.startsWith('08') || ['57P01', '57P02', '57P03', '53300'].includes(code);
}

/**
 * Whether an error means the database cannot be reached just now, as opposed to a fault in a
 * query: the caller may try again later. Looks through TypeORM's and GraphQL's wrappers.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  if (TYPEORM_ERRORS.has((error as { name?: string }).name ?? '')) return true;
  const { code, message, driverError, cause, originalError, thrownValue, errors } = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    originalError?: unknown;
    /** graphql-js's wrapper of a thrown value it does not take for an Error. */
    thrownValue?: unknown;
    errors?: unknown;
  };
  if (
    typeof code === 'string' &&
    (NETWORK_CODES.has(code) || (/^[0-9A-Z]{5}$/.test(code) && unavailableSqlState(code)))
  )
    return true;
  if (typeof message === 'string' && DRIVER_MESSAGES.some((pattern) => pattern.test(message))) return true;
  const inner = [driverError, cause, originalError, thrownValue, ...(Array.isArray(errors) ? errors : [])];
  return inner.some((e) => e !== error && isDatabaseUnavailable(e, depth + 1));
}

/** What a client gets while the database is away: a code to act on (wait, then try again). */
export function serviceUnavailable(): DomainError {
  return new DomainError(ErrorCode.SERVICE_UNAVAILABLE, { extra: { retryAfterSeconds: RETRY_AFTER_SECONDS } });
}
