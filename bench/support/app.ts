import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DATA_DIR } from './database.js';
import { BENCH_DIR, REPO_ROOT } from './paths.js';

/** The key session tokens are hashed with: the baseline hashes tokens the same way. */
export const BENCH_SESSION_SECRET = 'benchmark-only-session-secret-0123456789';

export interface RunningApp {
  url: string;
  pid: number;
  /** Milliseconds from spawning the process to the first healthy answer. */
  startMs: number;
  /** The PostgreSQL the app uses: its embedded one, or DATABASE_URL's benchmark database. */
  databaseUrl: string;
  logFile: string;
  stop(): Promise<void>;
}

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/health`)).status === 200;
  } catch {
    return false;
  }
}

/** The port the app's embedded PostgreSQL came up on, from the app's own log line. */
function embeddedPort(logFile: string): number | null {
  for (const line of readFileSync(logFile, 'utf8').split('\n')) {
    if (!line.includes('embedded PostgreSQL is running')) continue;
    const port = (JSON.parse(line) as { port?: number }).port;
    if (port) return port;
  }
  return null;
}

/**
 * Starts the built API as `npm start` runs it (its embedded PostgreSQL under the benchmark's data
 * folder, or `databaseUrl`), logging to a file, and waits until /health answers.
 */
export async function startApp(options: {
  port: number;
  name: string;
  logLevel?: string;
  databaseUrl?: string;
  nodeArgs?: string[];
}): Promise<RunningApp> {
  const logFile = join(BENCH_DIR, `${options.name}.log`);
  const out = openSync(logFile, 'w');
  const started = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), 'apps/api/dist/apps/api/src/main.js'],
    {
      cwd: REPO_ROOT,
      stdio: ['ignore', out, out],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(options.port),
        DATA_DIR: BENCH_DATA_DIR,
        DATABASE_URL: options.databaseUrl ?? '',
        SEED_DEMO: 'false',
        SESSION_SECRET: BENCH_SESSION_SECRET,
        LOG_LEVEL: options.logLevel ?? 'info',
      },
    },
  );
  closeSync(out);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 120_000;
  while (!(await healthy(url))) {
    if (child.exitCode !== null)
      throw new Error(`the API stopped while starting (exit ${child.exitCode}); see ${logFile}`);
    if (Date.now() > deadline) throw new Error(`the API did not become healthy in two minutes; see ${logFile}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const startMs = performance.now() - started;
  const port = options.databaseUrl ? null : embeddedPort(logFile);
  const databaseUrl = options.databaseUrl ?? `postgres://postgres:postgres@127.0.0.1:${port}/elinvoima`;
  return {
    url,
    pid: child.pid!,
    startMs,
    databaseUrl,
    logFile,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Resident memory of a process, in MiB. */
export function residentMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line?.replace(/\D+/g, '') ?? 0) / 1024;
}
