/**
 * What one GraphQL request may ask for, checked before anything runs. Measured on the web
 * client's operations in libs/graphql as Apollo Client sends them (with __typename): the deepest
 * nests 5 levels (login → user → memberships → group → id), the longest is 146 tokens (the
 * meeting page), none uses an alias or a directive, and the costliest is 182,201 (every group of
 * an organization admin with its members; the meeting page costs 27,900). graphql-limits.spec.ts
 * runs every one of them against these numbers.
 */
export const QUERY_LIMITS = {
  /** Nesting of fields, fragments flattened: two levels of room over the web client. */
  depth: 7,
  /** Aliased fields in one operation: none are needed; a few let a client ask for two of a kind. */
  aliases: 15,
  /** Directives in one operation (@include, @skip). */
  directives: 10,
  /** Tokens of the whole document: about three times the longest operation and the standard introspection query (184). */
  tokens: 500,
  /** The estimated size of the answer in fields, with lists at their bounds (@ListBound, list-bounds.ts). */
  cost: 250_000,
} as const;

/**
 * Time limits. Execution stops at the next object (a root field or a relation) it resolves after
 * the deadline; SQL has PostgreSQL's statement_timeout, which also applies to the migrations the
 * app runs at start (a migration that needs longer runs with `npm run migrate`, which has none).
 */
export const TIME_LIMITS = {
  executionMs: 3_000,
  statementMs: 3_000,
} as const;
