import { ErrorCode } from '@elinvoima/domain';
import type { GraphQLFormattedError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable, serviceUnavailable } from '../database/unavailable.js';
import { translate } from '../i18n/translate.js';
import { logger } from './logger.js';

const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** PostgreSQL errors that a user's input can still cause despite validation; never shown as SQL. */
function fromDatabaseError(error: unknown): ErrorCode | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const sqlState = (error.driverError as { code?: string } | undefined)?.code ?? '';
  if (sqlState === '23505' || sqlState === '40001' || sqlState === '40P01') return ErrorCode.CONFLICT;
  if (sqlState.startsWith('22') || sqlState === '23503' || sqlState === '23514') return ErrorCode.BAD_USER_INPUT;
  return undefined;
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
  const code = String(formatted.extensions?.code ?? '');
  if (CLIENT_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (isDatabaseUnavailable(original)) {
    // Not logged per request: an outage shows in /health and in the pool's and the server's own log lines.
    const { message, extensions } = serviceUnavailable();
    return { message, path: formatted.path, extensions };
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
