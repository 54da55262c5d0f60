import { GraphQLError } from 'graphql';
import { translate } from '../i18n/translate.js';
import { QUERY_LIMITS, TIME_LIMITS } from './query-limits.js';

/** The code of a document refused for a limit; `extensions.limit` names the limit. */
export const LIMIT_CODE = 'BAD_REQUEST';
/** The code of a request stopped at its deadline (execution or an SQL statement). */
export const TIMEOUT_CODE = 'TIMEOUT';

export type QueryLimit = keyof typeof QUERY_LIMITS;

/** A document over one of QUERY_LIMITS: refused before it runs, with HTTP status 400. */
export class QueryLimitError extends GraphQLError {
  /** `found`: how much the document has, where the count is known. */
  constructor(
    readonly limit: QueryLimit,
    found?: number,
  ) {
    const max = QUERY_LIMITS[limit];
    super(translate(`graphql.limit.${limit}`, { max }), {
      extensions: { code: LIMIT_CODE, limit, max, ...(found === undefined ? {} : { found }), http: { status: 400 } },
    });
  }
}

/** Work stopped at the request's deadline. */
export class TimeoutError extends GraphQLError {
  constructor() {
    super(translate('graphql.timeout', { seconds: TIME_LIMITS.executionMs / 1000 }), {
      extensions: { code: TIMEOUT_CODE },
    });
  }
}

/**
 * graphql-js refuses a document over `parseOptions.maxTokens` while parsing, with a message of
 * its own and Apollo's GRAPHQL_PARSE_FAILED; this recognizes it so it is answered as the others.
 */
export function isTokenLimitError(error: unknown): boolean {
  return (
    error instanceof GraphQLError &&
    /^Syntax Error: Document contains more th(?:at|an) \d+ tokens\./.test(error.message)
  );
}
