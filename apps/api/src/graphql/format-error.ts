import { ErrorCode } from '@elinvoima/domain';
import type { GraphQLFormattedError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { logger } from '../common/logger.js';
import { isDatabaseUnavailable, serviceUnavailable } from '../database/unavailable.js';
import { translate } from '../i18n/translate.js';
import { isTokenLimitError, QueryLimitError, TIMEOUT_CODE } from './limit-error.js';
import { TIME_LIMITS } from './query-limits.js';

const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  TIMEOUT_CODE,
]);

/** PostgreSQL errors that a user's input can still cause despite validation; never shown as SQL. */
function fromDatabaseError(error: unknown): ErrorCode | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const sqlState = (error.driverError as { code?: string } | undefined)?.code ?? '';
  if (sqlState === '23505' || sqlState === '40001' || sqlState === '40P01') return ErrorCode.CONFLICT;
  if (sqlState.startsWith('22') || sqlState === '23503' || sqlState === '23514') return ErrorCode.BAD_USER_INPUT;
  return undefined;
}

/** PostgreSQL cancelled the statement: statement_timeout (or an operator's pg_cancel_backend). */
function isCancelledStatement(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string } | undefined)?.code === '57014';
}

/** A document refused for a limit, with its own code whichever stage of Apollo refused it. */
function limitError(error: unknown): GraphQLFormattedError | undefined {
  const refusal =
    error instanceof QueryLimitError ? error : isTokenLimitError(error) ? new QueryLimitError('tokens') : undefined;
  if (!refusal) return undefined;
  const { http: _http, ...extensions } = refusal.extensions;
  return { message: refusal.message, extensions };
}

function messageKeyFor(code: ErrorCode) {
  switch (code) {
    case ErrorCode.CONFLICT:
      return 'error.conflict' as const;
    case ErrorCode.BAD_USER_INPUT:
      return 'error.badInput' as const;
    default:
      return 'error.internal' as const;
  }
}

/**
 * The last gate before an error reaches a client: known codes pass with their message;
 * anything unexpected is logged here and replaced by a plain message, with no stack or SQL.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  const refused = limitError(original);
  if (refused) return refused;
  const code = String(formatted.extensions?.code ?? '');
  if (CLIENT_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    // A client's mistake or a refusal is routine: worth a line, not an alert.
    logger.info({ code, path: formatted.path }, 'client error in a GraphQL request');
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (isDatabaseUnavailable(original)) {
    // Not logged per request: an outage shows in /health and in the pool's and the server's own log lines.
    const { message, extensions } = serviceUnavailable();
    return { message, path: formatted.path, extensions };
  }
  if (isCancelledStatement(original)) {
    logger.warn({ err: original, path: formatted.path }, 'an SQL statement was cancelled at its time limit');
    const message = translate('graphql.timeout', { seconds: TIME_LIMITS.statementMs / 1000 });
    return { message, path: formatted.path, extensions: { code: TIMEOUT_CODE } };
  }
  const dbCode = fromDatabaseError(original);
  if (dbCode) {
    return { message: translate(messageKeyFor(dbCode)), path: formatted.path, extensions: { code: dbCode } };
  }
  logger.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL request');
  return {
    message: translate('error.internal'),
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
