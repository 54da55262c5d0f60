import type { ApolloServerPlugin } from '@apollo/server';
import { QueryLimitError } from './limit-error.js';
import { requestCost } from './query-cost.js';
import { QUERY_LIMITS } from './query-limits.js';

/**
 * Refuses an operation whose estimated cost is over the limit, after validation and before
 * execution. It runs per request, not only per document, because a list's bound can come from a
 * variable (`search(limit: $limit)`).
 */
export function costLimitPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, operationName, request }) {
          if (!operation) return;
          const cost = requestCost(schema, document, operation, operationName ?? undefined, request.variables);
          if (cost !== undefined && cost > QUERY_LIMITS.cost)
            throw new QueryLimitError('cost', Number.isFinite(cost) ? cost : undefined);
        },
      };
    },
  };
}
