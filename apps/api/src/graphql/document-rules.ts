import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ParseOptions, ValidationContext, ValidationRule } from 'graphql';
import { type QueryLimit, QueryLimitError } from './limit-error.js';
import { QUERY_LIMITS } from './query-limits.js';

/** graphql-js stops parsing a document at this many tokens, before it is held in memory whole. */
export const LIMITED_PARSE_OPTIONS: ParseOptions = { maxTokens: QUERY_LIMITS.tokens };

function refuse(limit: QueryLimit) {
  // Reported rather than thrown, so the other rules still run and every limit exceeded is named.
  return [(context: ValidationContext | null) => context?.reportError(new QueryLimitError(limit))];
}

/**
 * Depth, aliases and directives of a document, counted by graphql-armor's validation rules; Apollo
 * runs them with the standard rules on every document it has not validated before, signed in or
 * not. Tokens are counted by the parser (LIMITED_PARSE_OPTIONS) and the cost with the request's
 * variables (cost.plugin.ts).
 */
export function limitValidationRules(): ValidationRule[] {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.depth, flattenFragments: true, propagateOnRejection: false, onReject: refuse('depth') },
    maxAliases: { n: QUERY_LIMITS.aliases, propagateOnRejection: false, onReject: refuse('aliases') },
    maxDirectives: { n: QUERY_LIMITS.directives, propagateOnRejection: false, onReject: refuse('directives') },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect().validationRules;
}
