import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { LighthouseScores } from './lighthouse.js';
import type { LoadResult } from './load.js';
import type { InitialRoute } from './web.js';

export interface PathResult {
  id: string;
  title: string;
  kind: 'read' | 'write';
  steps: number;
  api: LoadResult[];
  baseline: LoadResult[];
  /** SQL statements per visit, and per request of the visit. */
  sqlPerVisit: number;
  sqlPerRequest: { operationName: string; count: number }[];
  /** Whether the baseline ran the statements the API logged, and answered the same JSON. */
  sameSql?: boolean;
  sameAnswer?: boolean;
  notes: string[];
}

export interface RunResult {
  date: string;
  mode: 'quick' | 'full';
  scale: number;
  commit: string;
  uncommittedChanges: boolean;
  cores: number;
  cpu: string;
  node: string;
  postgres: string;
  loadAverage: number[];
  dataset: Record<string, number>;
  durationS: number;
  warmupS: number;
  paths: PathResult[];
  coldStartMs: number;
  residentMiB: number;
  initialRoute: InitialRoute | null;
  lighthouse: { startPage: LighthouseScores | null; meetingPage: LighthouseScores | null; note?: string };
  elapsedS: number;
}

export const RUNS_MARKER = '<!-- bench:runs (newest first; written by npm run bench) -->';

const ms = (value: number) => (Number.isFinite(value) ? (value < 10 ? value.toFixed(1) : value.toFixed(0)) : '–');
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const mark = (ok: boolean | undefined) => (ok === undefined ? 'n/a' : ok ? '✅ met' : '❌ missed');

function at50(results: LoadResult[]): LoadResult | undefined {
  return results.find((r) => r.connections === 50);
}

interface Target {
  target: string;
  measured: string;
  met: boolean | undefined;
}

/** The issue's targets, each with what this run measured. */
export function targets(run: RunResult): Target[] {
  const list: Target[] = [];
  const scale1 = run.scale === 1;
  for (const path of run.paths.filter((p) => p.kind === 'read')) {
    const api = at50(path.api);
    const baseline = at50(path.baseline);
    const ratio = api && baseline ? api.requestsPerS / baseline.requestsPerS : NaN;
    list.push({
      target: `${path.title}: ≥ 50 % of baseline throughput, p99 ≤ 50 ms, no errors (50 connections, scale 1)`,
      measured: `${(ratio * 100).toFixed(0)} %, p99 ${ms(api?.p99 ?? NaN)} ms, ${api?.errors ?? '–'} errors`,
      met: scale1 && api ? ratio >= 0.5 && api.p99 <= 50 && api.errors === 0 : undefined,
    });
  }
  const write = run.paths.find((p) => p.kind === 'write');
  if (write) {
    const errors = write.api.reduce((sum, r) => sum + r.errors, 0);
    list.push({ target: `${write.title}: no errors`, measured: `${errors} errors`, met: errors === 0 });
  }
  const search = run.paths.find((p) => p.id === 'search');
  const searchAt50 = search && at50(search.api);
  list.push({
    target: 'Search p95 ≤ 50 ms at scale 10 (50 connections)',
    measured: searchAt50 ? `p95 ${ms(searchAt50.p95)} ms at scale ${run.scale}` : '–',
    met: run.scale === 10 && searchAt50 ? searchAt50.p95 <= 50 : undefined,
  });
  const meeting = run.paths.find((p) => p.id === 'meeting-page');
  list.push({
    target:
      'Meeting page ≤ 6 SQL queries per request (constancy over data size: `apps/api/test/scale-query-count.spec.ts`)',
    measured: meeting ? `${meeting.sqlPerVisit}` : '–',
    met: meeting ? meeting.sqlPerVisit <= 6 : undefined,
  });
  list.push({
    target: 'Initial-route JS ≤ 200 kB gzip',
    measured: run.initialRoute ? kB(run.initialRoute.js.gzipBytes) : 'web client not built',
    met: run.initialRoute ? run.initialRoute.js.gzipBytes <= 200 * 1024 : undefined,
  });
  for (const [name, scores] of [
    ["member's start page", run.lighthouse.startPage],
    ['meeting page', run.lighthouse.meetingPage],
  ] as const) {
    list.push({
      target: `Lighthouse on the ${name}: performance ≥ 95, accessibility 100`,
      measured: scores ? `${scores.performance} / ${scores.accessibility}` : (run.lighthouse.note ?? '–'),
      met: scores ? scores.performance >= 95 && scores.accessibility === 100 : undefined,
    });
  }
  list.push({
    target: 'Cold start to healthy ≤ 10 s on an existing database',
    measured: `${(run.coldStartMs / 1000).toFixed(1)} s`,
    met: run.coldStartMs <= 10_000,
  });
  list.push({
    target: 'API resident memory ≤ 300 MB after the run',
    measured: `${run.residentMiB.toFixed(0)} MiB`,
    met: run.residentMiB <= 300,
  });
  return list;
}

/** One run as Markdown: the load table, the other figures and the targets. */
export function runMarkdown(run: RunResult): string {
  const lines: string[] = [];
  lines.push(
    `## ${run.date.slice(0, 16).replace('T', ' ')} UTC · ${run.mode} · scale ${run.scale} · ${run.commit}${run.uncommittedChanges ? ' (with uncommitted changes)' : ''}`,
  );
  lines.push('');
  lines.push(
    `Machine: ${run.cores} cores (${run.cpu}), shared with other work; load average before the run ${run.loadAverage.map((l) => l.toFixed(2)).join(' / ')}. ` +
      `Node ${run.node}, ${run.postgres}. Each measurement ${run.durationS} s after a ${run.warmupS} s warm-up, autocannon on loopback in the same machine. ` +
      `Dataset: ${Object.entries(run.dataset)
        .map(([table, n]) => `${n.toLocaleString('en')} ${table}`)
        .join(', ')}.`,
  );
  lines.push('');
  lines.push(
    '| path | conn. | API req/s | p50 ms | p95 ms | p99 ms | errors | baseline req/s | p50 ms | p99 ms | errors | API / baseline | SQL per visit |',
  );
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const path of run.paths) {
    for (const api of path.api) {
      const baseline = path.baseline.find((b) => b.connections === api.connections);
      const sql =
        api.connections === 1
          ? `${path.sqlPerVisit} (${path.sqlPerRequest.map((r) => `${r.operationName} ${r.count}`).join(', ')})`
          : '';
      lines.push(
        `| ${api.connections === 1 ? path.title : ''} | ${api.connections} | ${api.requestsPerS.toFixed(0)} | ${ms(api.p50)} | ${ms(api.p95)} | ${ms(api.p99)} | ${api.errors} | ` +
          (baseline
            ? `${baseline.requestsPerS.toFixed(0)} | ${ms(baseline.p50)} | ${ms(baseline.p99)} | ${baseline.errors} | ${((api.requestsPerS / baseline.requestsPerS) * 100).toFixed(0)} % | `
            : '– | – | – | – | (write: no baseline) | ') +
          `${sql} |`,
      );
    }
  }
  lines.push('');
  const checks = run.paths
    .filter((p) => p.kind === 'read')
    .map((p) => `${p.id}: same SQL ${p.sameSql ? 'yes' : 'NO'}, same JSON ${p.sameAnswer ? 'yes' : 'NO'}`);
  lines.push(
    `Baseline checks (the baseline must run the API's logged SQL and answer the same JSON): ${checks.join('; ')}.`,
  );
  const notes = run.paths.flatMap((p) => p.notes.map((n) => `${p.id}: ${n}`));
  if (notes.length) lines.push('', ...notes.map((n) => `- ${n}`));
  lines.push('');
  const route = run.initialRoute;
  lines.push('| figure | value |');
  lines.push('|---|---|');
  lines.push(
    `| cold start of the built app (\`npm start\` after its build step) to healthy, existing database | ${(run.coldStartMs / 1000).toFixed(1)} s |`,
  );
  lines.push(`| API resident memory after the run | ${run.residentMiB.toFixed(0)} MiB |`);
  lines.push(
    `| initial-route JS (gzip / raw, ${route?.js.files ?? 0} files) | ${route ? `${kB(route.js.gzipBytes)} / ${kB(route.js.bytes)}` : '–'} |`,
  );
  lines.push(
    `| initial-route CSS (gzip / raw) | ${route ? `${kB(route.css.gzipBytes)} / ${kB(route.css.bytes)}` : '–'} |`,
  );
  for (const [name, scores] of [
    ["Lighthouse, member's start page", run.lighthouse.startPage],
    ['Lighthouse, meeting page', run.lighthouse.meetingPage],
  ] as const) {
    lines.push(
      `| ${name} (desktop; performance / accessibility) | ${scores ? `${scores.performance} / ${scores.accessibility} (LCP ${scores.lcpMs} ms, TBT ${scores.tbtMs} ms${scores.failedAccessibilityAudits.length ? `; failing: ${scores.failedAccessibilityAudits.join(', ')}` : ''})` : (run.lighthouse.note ?? '–')} |`,
    );
  }
  lines.push(`| whole benchmark run | ${run.elapsedS.toFixed(0)} s |`);
  lines.push('');
  lines.push('| target | measured | |');
  lines.push('|---|---|---|');
  for (const t of targets(run)) lines.push(`| ${t.target} | ${t.measured} | ${mark(t.met)} |`);
  lines.push('');
  return lines.join('\n');
}

/** Puts the run at the top of the runs in `docs/benchmarks.md`, keeping everything written by hand above the marker. */
export function writeReport(file: string, run: RunResult): void {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmarks\n\n${RUNS_MARKER}\n`;
  const at = current.indexOf(RUNS_MARKER);
  const head = at >= 0 ? current.slice(0, at + RUNS_MARKER.length) : `${current.trimEnd()}\n\n${RUNS_MARKER}`;
  const rest = at >= 0 ? current.slice(at + RUNS_MARKER.length) : '';
  writeFileSync(file, `${head}\n\n${runMarkdown(run)}${rest.replace(/^\n+/, '\n')}`);
}
