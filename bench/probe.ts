import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { BASELINE_SQL } from './baseline/queries.js';
import type { Fixtures } from './fixtures.js';
import type { BenchPath } from './paths/path.js';
import { send } from './support/graphql.js';

export interface SqlProbe {
  /** SQL statements per visit (all its requests), transaction control included, as the API's counter counts them. */
  perVisit: number;
  perRequest: { operationName: string; statements: string[] }[];
}

/** Whitespace and TypeORM's `IN ($1, $2, …)` lists aside, the same statement. */
export function normalizeSql(sql: string): string {
  return sql
    .replace(/IN \(\$\d+(?:, \$\d+)*\)/g, 'IN (:ids)')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Sends one visit of each path to an API that logs its SQL (LOG_LEVEL=trace) and reads, per
 * request id, the statements it ran.
 */
export async function probeSql(
  apiUrl: string,
  logFile: string,
  paths: readonly BenchPath[],
  fixtures: Fixtures,
): Promise<Map<string, SqlProbe>> {
  const tag = `sqlprobe-${Date.now()}`;
  const sent: { pathId: string; requestId: string; operationName: string }[] = [];
  for (const path of paths) {
    const state: Record<string, unknown> = {};
    path.prepare?.(fixtures);
    const visit = path.visit(fixtures, 0, state);
    for (const [step, body] of visit.requests.entries()) {
      const requestId = `${tag}-${path.id}-${step}`;
      const answer = await send(apiUrl, body, visit.token, requestId);
      if (answer.errors) throw new Error(`${path.id}: ${JSON.stringify(answer.errors)}`);
      if (step === visit.requests.length - 1) path.answered?.(state, 200, JSON.stringify(answer));
      sent.push({ pathId: path.id, requestId, operationName: body.operationName });
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
  const statements = new Map<string, string[]>();
  for (const line of readFileSync(logFile, 'utf8').split('\n')) {
    if (!line.includes(tag) || !line.includes('"sql"')) continue;
    const entry = JSON.parse(line) as { requestId?: string; sql?: string };
    if (entry.requestId && entry.sql)
      statements.set(entry.requestId, [...(statements.get(entry.requestId) ?? []), entry.sql]);
  }
  const probes = new Map<string, SqlProbe>();
  for (const { pathId, requestId, operationName } of sent) {
    const probe = probes.get(pathId) ?? { perVisit: 0, perRequest: [] };
    const list = statements.get(requestId) ?? [];
    probe.perVisit += list.length;
    probe.perRequest.push({ operationName, statements: list });
    probes.set(pathId, probe);
  }
  return probes;
}

/** Whether the baseline runs the very statements the API ran for a path; the differences if not. */
export function compareSql(probe: SqlProbe): { same: boolean; differences: string[] } {
  const differences: string[] = [];
  for (const { operationName, statements } of probe.perRequest) {
    const api = statements.map(normalizeSql).sort();
    const baseline = (BASELINE_SQL[operationName] ?? []).map(normalizeSql).sort();
    if (!isDeepStrictEqual(api, baseline)) {
      differences.push(
        `${operationName}: the API ran ${api.length} statements, the baseline ${baseline.length}; first difference: ${api.find((s) => !baseline.includes(s))?.slice(0, 200) ?? baseline.find((s) => !api.includes(s))?.slice(0, 200)}`,
      );
    }
  }
  return { same: differences.length === 0, differences };
}

/** Whether the baseline answers a visit exactly as the API does. */
export async function compareAnswers(
  apiUrl: string,
  baselineUrl: string,
  path: BenchPath,
  fixtures: Fixtures,
  visits = 5,
): Promise<{ same: boolean; difference?: string }> {
  for (let n = 0; n < visits; n++) {
    const visit = path.visit(fixtures, n, {});
    for (const body of visit.requests) {
      const [api, baseline] = await Promise.all([
        send(apiUrl, body, visit.token),
        send(baselineUrl, body, visit.token),
      ]);
      if (!isDeepStrictEqual(api, baseline)) {
        return {
          same: false,
          difference: `${body.operationName}: API ${JSON.stringify(api).slice(0, 300)} … baseline ${JSON.stringify(baseline).slice(0, 300)}`,
        };
      }
    }
  }
  return { same: true };
}
