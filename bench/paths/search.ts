import { SearchDocument } from '@elinvoima/graphql';
import { request } from '../support/graphql.js';
import type { BenchPath } from './path.js';

/** A member searches everything they may see, in Finnish. */
export const search: BenchPath = {
  id: 'search',
  title: 'Finnish full-text search',
  kind: 'read',
  steps: 1,
  visit(fixtures, n) {
    const visitor = fixtures.visitors[n % fixtures.visitors.length];
    const query = fixtures.searchTerms[Math.floor(n / fixtures.visitors.length) % fixtures.searchTerms.length];
    return { token: visitor.token, requests: [request(SearchDocument, { query, limit: 20 })] };
  },
};
