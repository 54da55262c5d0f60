import autocannon from 'autocannon';
import type { Fixtures } from './fixtures.js';
import type { BenchPath, Visit } from './paths/path.js';
import { headersFor } from './support/graphql.js';

export interface LoadResult {
  connections: number;
  durationS: number;
  requests: number;
  requestsPerS: number;
  p50: number;
  p95: number;
  p99: number;
  /** Transport errors, timeouts, non-2xx answers and GraphQL errors together. */
  errors: number;
  errorSample?: string;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Runs one path against one server with autocannon for `durationS` seconds on `connections`
 * keep-alive connections. Each connection walks through visits; every answer is checked for
 * GraphQL errors, and every response time is kept for exact percentiles.
 */
export async function runLoad(
  baseUrl: string,
  path: BenchPath,
  fixtures: Fixtures,
  connections: number,
  durationS: number,
): Promise<LoadResult> {
  let visits = 0;
  path.prepare?.(fixtures);
  let graphqlErrors = 0;
  let errorSample: string | undefined;
  const latencies: number[] = [];
  const steps = Array.from({ length: path.steps }, (_, step) => ({
    method: 'POST' as const,
    path: '/graphql',
    // autocannon gives each connection a fresh context at the start of every pass through the steps: one visit.
    setupRequest(req: autocannon.Request, context: Record<string, unknown>) {
      if (step === 0) context.visit = path.visit(fixtures, visits++, context);
      const visit = context.visit as Visit;
      return {
        ...req,
        method: 'POST',
        path: '/graphql',
        headers: headersFor(visit.token),
        body: JSON.stringify(visit.requests[step]),
      };
    },
    onResponse(status: number, body: string, context: Record<string, unknown>) {
      if (status !== 200 || body.includes('"errors"')) {
        graphqlErrors += 1;
        errorSample ??= `${status} ${body.slice(0, 300)}`;
      }
      if (step === path.steps - 1) path.answered?.(context, status, body);
    },
  }));
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        duration: durationS,
        pipelining: 1,
        timeout: 10,
        requests: steps as unknown as autocannon.Request[],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) =>
      latencies.push(responseTime),
    );
  });
  latencies.sort((a, b) => a - b);
  return {
    connections,
    durationS: result.duration,
    requests: latencies.length,
    requestsPerS: latencies.length / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.timeouts + graphqlErrors,
    errorSample,
  };
}
