import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { logger } from '../common/logger.js';
import {
  initdb,
  type Postmaster,
  postgresBinaries,
  postgresUser,
  type RunAs,
  spawnPostmaster,
  stopPostmaster,
} from './postgres-process.js';
import { recoverStaleServer } from './stale-postmaster.js';

export interface RunningPostgres {
  url: string;
  port: number;
  /** The postmaster's pid while it runs. */
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** A fixed port instead of a free one. */
  port?: number;
  /** Restart the server when it dies (default); off, it stays down until `start` is called again. */
  supervise?: boolean;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
/** Waits before restart attempts 1, 2, 3 …; the last repeats. */
const RESTART_DELAYS_MS = [500, 1000, 2000, 5000, 10_000, 30_000];
/** A server that ran this long before dying starts the backoff afresh. */
const STABLE_MS = 60_000;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/**
 * A real PostgreSQL from the npm package's binaries for a person running `npm start`, who has
 * nobody else to look after it: a server an earlier, killed run left behind is stopped first, and
 * one that dies while the app runs (killed, crashed) is started again on the same port, with
 * growing pauses. A clean shutdown someone asked for is left as it is.
 */
class EmbeddedPostgres implements RunningPostgres {
  readonly url: string;
  private postmaster: Postmaster | undefined;
  private stopping = false;
  private restarts = 0;
  private startedAt = 0;
  private restartTimer: NodeJS.Timeout | undefined;
  /** However the app ends (an exit after a failed start, an uncaught error), its server shuts down too. */
  private readonly onAppExit = () => this.postmaster?.child.kill('SIGINT');

  constructor(
    private readonly dataDir: string,
    readonly port: number,
    database: string,
    private readonly supervise: boolean,
    private readonly bin: Awaited<ReturnType<typeof postgresBinaries>>,
    private readonly runAs: RunAs,
  ) {
    this.url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
    process.on('exit', this.onAppExit);
  }

  get pid(): number | undefined {
    return this.postmaster?.child.pid;
  }

  /** Starts the server once (clearing what a killed run left behind); rejects with PostgreSQL's own reason. */
  async start(): Promise<void> {
    this.stopping = false;
    await recoverStaleServer(this.dataDir);
    const postmaster = spawnPostmaster(this.bin, this.dataDir, this.port, this.runAs);
    this.postmaster = postmaster;
    postmaster.child.once('exit', (code, signal) => this.exited(postmaster, code, signal));
    await postmaster.ready;
    this.startedAt = Date.now();
  }

  private exited(postmaster: Postmaster, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.postmaster !== postmaster) return;
    this.postmaster = undefined;
    // A start that failed is reported by whoever awaited it; only a running server is restarted here.
    if (this.stopping || !this.startedAt) return;
    if (code === 0) {
      // A clean shutdown was asked for (a Ctrl-C reaching the whole terminal, an operator): not undone.
      logger.warn({ dataDir: this.dataDir }, 'the embedded PostgreSQL was shut down; it is not restarted');
      return;
    }
    logger.error({ code, signal, dataDir: this.dataDir }, 'the embedded PostgreSQL stopped unexpectedly');
    if (this.supervise) this.scheduleRestart(Date.now() - this.startedAt >= STABLE_MS);
  }

  private scheduleRestart(fresh: boolean): void {
    if (fresh) this.restarts = 0;
    const delayMs = RESTART_DELAYS_MS[Math.min(this.restarts, RESTART_DELAYS_MS.length - 1)];
    this.restarts += 1;
    logger.warn({ attempt: this.restarts, delayMs }, 'restarting the embedded PostgreSQL');
    this.restartTimer = setTimeout(() => void this.restart(), delayMs);
    this.restartTimer.unref();
  }

  private async restart(): Promise<void> {
    this.restartTimer = undefined;
    if (this.stopping) return;
    this.startedAt = 0;
    try {
      await this.start();
      logger.info({ port: this.port, attempt: this.restarts }, 'the embedded PostgreSQL is running again');
    } catch (error) {
      if (this.stopping) return;
      logger.error({ err: error, attempt: this.restarts }, 'the embedded PostgreSQL did not start');
      this.scheduleRestart(false);
    }
  }

  /** Stops the server and its supervision; prompt when the server is already gone. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    process.off('exit', this.onAppExit);
    const postmaster = this.postmaster;
    if (postmaster) await stopPostmaster(postmaster.child);
  }
}

/**
 * Starts a real PostgreSQL keeping its data in `dataDir` (created on first use, reused
 * afterwards), on a free loopback port unless told one, with `database` in it.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  database = 'elinvoima',
  options: EmbeddedPostgresOptions = {},
): Promise<RunningPostgres> {
  const dir = resolve(dataDir);
  const [bin, runAs, port] = await Promise.all([postgresBinaries(), postgresUser(), options.port ?? freePort()]);
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    logger.info({ dataDir: dir }, 'initialising the embedded PostgreSQL');
    await initdb(bin, dir, USER, PASSWORD, runAs);
  }
  const server = new EmbeddedPostgres(dir, port, database, options.supervise ?? true, bin, runAs);
  try {
    await server.start();
    await ensureDatabase(port, database);
  } catch (error) {
    await server.stop();
    throw error;
  }
  logger.info({ port, dataDir: dir }, 'embedded PostgreSQL is running');
  return server;
}
