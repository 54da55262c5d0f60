import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { AppConfig } from '../config/env.js';
import { costLimitPlugin } from './cost.plugin.js';
import { LIMITED_PARSE_OPTIONS, limitValidationRules } from './document-rules.js';
import { checkDeadlineInResolvers, executionDeadlinePlugin } from './execution-deadline.js';
import { hideSuggestionsPlugin } from './hide-suggestions.plugin.js';
import { TIME_LIMITS } from './query-limits.js';

/**
 * The GraphQL server's defences, for every request, signed in or not: the document's size,
 * depth, aliases, directives and cost are checked before it runs, execution has a deadline, and
 * in production the schema is not given away (no introspection, no "Did you mean …?").
 */
export function graphqlProtection(nodeEnv: AppConfig['nodeEnv']) {
  const production = nodeEnv === 'production';
  return {
    introspection: !production,
    // The web client sends whole documents, one per request: a batch would multiply what one
    // request may ask for, and persisted queries keep a cache that any client could fill.
    allowBatchedHttpRequests: false,
    persistedQueries: false as const,
    parseOptions: LIMITED_PARSE_OPTIONS,
    validationRules: limitValidationRules(),
    transformSchema: checkDeadlineInResolvers,
    plugins: [
      costLimitPlugin(),
      executionDeadlinePlugin(TIME_LIMITS.executionMs),
      ...(production ? [hideSuggestionsPlugin()] : []),
    ],
  } satisfies Partial<ApolloDriverConfig>;
}
