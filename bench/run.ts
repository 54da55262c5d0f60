import { type ChildProcess, execFileSync, fork } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { generateInto, scaleArgument } from './data/cli.js';
import { loadFixtures, refreshEdits } from './fixtures.js';
import { CHROMIUM, lighthouseOf, reportPath } from './lighthouse.js';
import { runLoad } from './load.js';
import { PATHS } from './paths/index.js';
import { compareAnswers, compareSql, probeSql } from './probe.js';
import { type PathResult, type RunResult, runMarkdown, targets, writeReport } from './report.js';
import { BENCH_SESSION_SECRET, residentMiB, startApp } from './support/app.js';
import { benchUrlOf, connect, generatedScale, openBenchDatabase } from './support/database.js';
import { BENCH_DIR, REPO_ROOT } from './support/paths.js';
import { initialRoute } from './web.js';

const CONNECTIONS = [1, 10, 50];
/** Ports of the benchmark's own: the API and the baseline. */
const API_PORT = Number(process.env.BENCH_PORT || 3342);
const BASELINE_PORT = API_PORT + 1;

/** What to stop if the run fails half-way: the processes it started. */
const cleanups: (() => Promise<unknown> | unknown)[] = [];

function log(line: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
}

function git(...args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

/** Generates the dataset unless the benchmark's database already holds this scale. */
async function ensureData(scale: number): Promise<void> {
  const database = await openBenchDatabase();
  let current: number | null;
  try {
    const { sql, client } = await connect(database.url);
    current = await generatedScale(sql).catch(() => null);
    await client.end();
  } finally {
    await database.stop();
  }
  if (current === scale)
    return log(`using the scale ${scale} data in ${database.embedded ? '.bench/data' : 'DATABASE_URL'}`);
  log(`generating scale ${scale} data`);
  await generateInto(scale, log);
}

async function datasetOf(databaseUrl: string): Promise<{ counts: Record<string, number>; postgres: string }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const counts: Record<string, number> = {};
  for (const table of ['working_group', 'app_user', 'membership', 'meeting', 'agenda_item', 'attachment']) {
    counts[table] = Number((await client.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
  }
  const version = String((await client.query('SHOW server_version')).rows[0].server_version);
  await client.end();
  return { counts, postgres: `PostgreSQL ${version}` };
}

function startBaselineProcess(databaseUrl: string): Promise<ChildProcess> {
  const child = fork(fileURLToPath(new URL('./baseline/server.js', import.meta.url)), [], {
    env: {
      ...process.env,
      BASELINE_PORT: String(BASELINE_PORT),
      DATABASE_URL: databaseUrl,
      SESSION_SECRET: BENCH_SESSION_SECRET,
    },
    stdio: 'inherit',
  });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`the baseline stopped (exit ${code})`)));
  });
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const quick = argv.includes('--quick');
  // --only meeting-page,search measures those paths alone (for profiling); the report is written only for complete runs.
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1].split(',') : null;
  const paths = only ? PATHS.filter((p) => only.includes(p.id)) : PATHS;
  const scale = scaleArgument(argv, 1);
  const durationS = quick ? 2 : 10;
  const warmupS = quick ? 1 : 3;
  const began = Date.now();
  const loadAverage = loadavg();
  mkdirSync(BENCH_DIR, { recursive: true });
  const externalUrl = process.env.DATABASE_URL ? benchUrlOf(process.env.DATABASE_URL) : undefined;

  await ensureData(scale);

  log('starting the API with its SQL log, to count and record the queries of each path');
  const traced = await startApp({ port: API_PORT, name: 'api-sql-log', logLevel: 'trace', databaseUrl: externalUrl });
  cleanups.push(() => traced.stop());
  const fixtures = await loadFixtures(traced.url, traced.databaseUrl);
  const probes = await probeSql(traced.url, traced.logFile, PATHS, fixtures);
  await traced.stop();

  log('starting the API as npm start does (cold start)');
  // --profile writes the API's CPU profile to .bench/profiles/ when it stops (summarised by bench/dist/bench/profile.js).
  const nodeArgs = argv.includes('--profile') ? ['--cpu-prof', `--cpu-prof-dir=${join(BENCH_DIR, 'profiles')}`] : [];
  const app = await startApp({ port: API_PORT, name: 'api', databaseUrl: externalUrl, nodeArgs });
  cleanups.push(() => app.stop());
  log(`healthy after ${(app.startMs / 1000).toFixed(1)} s`);
  const baseline = await startBaselineProcess(app.databaseUrl);
  cleanups.push(() => baseline.kill('SIGTERM'));
  const baselineUrl = `http://127.0.0.1:${BASELINE_PORT}`;
  const { counts, postgres } = await datasetOf(app.databaseUrl);

  const results: PathResult[] = [];
  try {
    for (const path of paths) {
      const probe = probes.get(path.id)!;
      const result: PathResult = {
        id: path.id,
        title: path.title,
        kind: path.kind,
        steps: path.steps,
        api: [],
        baseline: [],
        sqlPerVisit: probe.perVisit,
        sqlPerRequest: probe.perRequest.map((r) => ({ operationName: r.operationName, count: r.statements.length })),
        notes: [],
      };
      if (path.kind === 'read') {
        const sql = compareSql(probe);
        result.sameSql = sql.same;
        result.notes.push(...sql.differences);
        const answers = await compareAnswers(app.url, baselineUrl, path, fixtures);
        result.sameAnswer = answers.same;
        if (answers.difference) result.notes.push(answers.difference);
      }
      log(`${path.id}: warming up`);
      if (path.kind === 'write') await refreshEdits(app.databaseUrl, fixtures);
      await runLoad(app.url, path, fixtures, 10, warmupS);
      if (path.kind === 'read') await runLoad(baselineUrl, path, fixtures, 10, warmupS);
      for (const connections of CONNECTIONS) {
        if (path.kind === 'write') await refreshEdits(app.databaseUrl, fixtures);
        const api = await runLoad(app.url, path, fixtures, connections, durationS);
        result.api.push(api);
        let line = `${path.id} × ${connections}: API ${api.requestsPerS.toFixed(0)} req/s p99 ${api.p99.toFixed(1)} ms, ${api.errors} errors`;
        if (path.kind === 'read') {
          const base = await runLoad(baselineUrl, path, fixtures, connections, durationS);
          result.baseline.push(base);
          line += `; baseline ${base.requestsPerS.toFixed(0)} req/s p99 ${base.p99.toFixed(1)} ms (${((api.requestsPerS / base.requestsPerS) * 100).toFixed(0)} %)`;
        }
        if (api.errorSample) line += `; first error: ${api.errorSample}`;
        log(line);
      }
      results.push(result);
    }
  } finally {
    baseline.kill('SIGTERM');
  }
  const rss = residentMiB(app.pid);
  log(`API resident memory after the run: ${rss.toFixed(0)} MiB`);

  const webDist = join(REPO_ROOT, 'apps/web/dist');
  const lighthouse: RunResult['lighthouse'] = { startPage: null, meetingPage: null };
  if (only) lighthouse.note = 'not run with --only';
  else if (!existsSync(CHROMIUM)) lighthouse.note = `no Chromium at ${CHROMIUM}`;
  else if (!existsSync(join(webDist, 'index.html'))) lighthouse.note = 'web client not built';
  else {
    const visitor = fixtures.visitors[0];
    const runs = quick ? 1 : 3;
    log('Lighthouse: start page');
    lighthouse.startPage = await lighthouseOf(`${app.url}/`, visitor.token, reportPath(BENCH_DIR, 'start-page'), runs);
    log('Lighthouse: meeting page');
    lighthouse.meetingPage = await lighthouseOf(
      `${app.url}/ryhmat/${visitor.firstGroupId}/kokoukset/${fixtures.visitors[0].meetingIds[0]}`,
      visitor.token,
      reportPath(BENCH_DIR, 'meeting-page'),
      runs,
    );
  }
  await app.stop();

  const run: RunResult = {
    date: new Date(began).toISOString(),
    mode: quick ? 'quick' : 'full',
    scale,
    commit: git('rev-parse', '--short', 'HEAD') || 'unknown',
    uncommittedChanges: git('status', '--porcelain', '--untracked-files=no') !== '',
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    postgres: `${postgres}${externalUrl ? ' (DATABASE_URL)' : ' (embedded)'}`,
    loadAverage,
    dataset: counts,
    durationS,
    warmupS,
    paths: results,
    coldStartMs: app.startMs,
    residentMiB: rss,
    initialRoute: initialRoute(webDist),
    lighthouse,
    elapsedS: (Date.now() - began) / 1000,
  };
  mkdirSync(join(BENCH_DIR, 'results'), { recursive: true });
  writeFileSync(join(BENCH_DIR, 'results', `${run.date.replace(/[:.]/g, '-')}.json`), JSON.stringify(run, null, 2));
  if (!only) writeReport(join(REPO_ROOT, 'docs/benchmarks.md'), run);
  console.log(`\n${runMarkdown(run)}`);
  const missed = targets(run).filter((t) => t.met === false);
  log(
    `done in ${run.elapsedS.toFixed(0)} s; docs/benchmarks.md updated${missed.length ? `; ${missed.length} targets missed` : ''}`,
  );
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => undefined);
  process.exit(1);
});
