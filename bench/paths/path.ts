import type { Fixtures } from '../fixtures.js';
import type { GraphqlRequest } from '../support/graphql.js';

/** The requests of one visit to a page, as the web client sends them, in order. */
export interface Visit {
  token: string;
  requests: GraphqlRequest[];
}

/**
 * A page or an action the benchmark measures. A new part of the product (minutes, actions,
 * attendance, reviews) adds its own file beside these and a line in `index.ts`.
 */
export interface BenchPath {
  id: string;
  title: string;
  /** Reads are measured beside the baseline; writes alone. */
  kind: 'read' | 'write';
  /** Requests per visit. */
  steps: number;
  /** Prepares a run, e.g. starts every write from the current versions. */
  prepare?(fixtures: Fixtures): void;
  /** The `n`th visit; `state` lives as long as the visit, for paths that need something from its answers. */
  visit(fixtures: Fixtures, n: number, state: Record<string, unknown>): Visit;
  /** Every answer to the visit's last request, successful or not: e.g. the version a save returned. */
  answered?(state: Record<string, unknown>, status: number, body: string): void;
}
