import { spawn } from 'node:child_process';
import { appendFileSync, chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { freePort, type RunningPostgres, startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { postgresBinaries, postgresUser } from '../src/database/postgres-process.js';

/** Starting, killing and restarting a real server takes a few seconds each. */
const SLOW = 90_000;

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Retries `work` until it succeeds or `timeoutMs` has passed. */
async function eventually<T>(work: () => Promise<T>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await work();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(200);
    }
  }
}

function lockFilePid(dataDir: string): number {
  return Number.parseInt(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0], 10);
}

function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    return false;
  }
}

/**
 * A program that runs PostgreSQL on `dataDir` as its child, as `npm start` does, and prints the
 * server's pid once it accepts connections.
 */
const PROGRAM = `
import { spawn } from 'node:child_process';
const [postgres, dataDir, port, uid, gid] = process.argv.slice(1);
const ids = uid ? { uid: Number(uid), gid: Number(gid) } : {};
const server = spawn(postgres, ['-D', dataDir, '-p', port, '-c', 'listen_addresses=127.0.0.1'], { ...ids, stdio: ['ignore', 'ignore', 'pipe'] });
server.stderr.on('data', (chunk) => { if (String(chunk).includes('ready to accept connections')) console.log(server.pid); });
setInterval(() => undefined, 1000);
`;

describe('the embedded PostgreSQL of `npm start`', () => {
  let dataDir: string;
  let server: RunningPostgres | undefined;

  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'elinvoima-embedded-'));
    // The server runs as its own system user when we are root: it must be able to enter the folder.
    chmodSync(dir, 0o755);
    dataDir = join(dir, 'postgres');
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(dirname(dataDir), { recursive: true, force: true });
  });

  it(
    'starts again by itself when its server is killed, with everything committed before',
    async () => {
      server = await startEmbeddedPostgres(dataDir);
      await query(server.url, 'CREATE TABLE saved (n int); INSERT INTO saved VALUES (1)');
      const killed = lockFilePid(dataDir);
      expect(server.pid).toBe(killed);

      process.kill(killed, 'SIGKILL');
      const rows = await eventually(() => query<{ n: number }>(server!.url, 'SELECT n FROM saved'), 30_000);
      expect(rows).toEqual([{ n: 1 }]);
      expect(server.pid).toBeDefined();
      expect(server.pid).not.toBe(killed);
      expect(isRunning(killed)).toBe(false);
    },
    SLOW,
  );

  it(
    'leaves a server down that was shut down cleanly on purpose',
    async () => {
      const url = server!.url;
      const pid = server!.pid!;
      process.kill(pid, 'SIGINT');
      await eventually(async () => {
        if (isRunning(pid)) throw new Error('still running');
      }, 10_000);
      // Longer than the first pause before a restart: none comes.
      await sleep(1500);
      expect(server!.pid).toBeUndefined();
      await expect(query(url, 'SELECT 1')).rejects.toThrow();
      await server!.stop();
      server = await startEmbeddedPostgres(dataDir);
    },
    SLOW,
  );

  it(
    'stops at once, and stays stopped, when its server has died',
    async () => {
      const url = server!.url;
      process.kill(server!.pid!, 'SIGKILL');
      const started = Date.now();
      await server!.stop();
      expect(Date.now() - started).toBeLessThan(2000);
      server = undefined;
      // Longer than the first pause before a restart: none comes.
      await sleep(1500);
      await expect(query(url, 'SELECT 1')).rejects.toThrow();
    },
    SLOW,
  );

  it(
    'stops the server a killed run left behind and starts on the same data',
    async () => {
      const [bin, runAs, port] = await Promise.all([postgresBinaries(), postgresUser(), freePort()]);
      const program = spawn(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          PROGRAM,
          bin.postgres,
          dataDir,
          String(port),
          String(runAs.uid ?? ''),
          String(runAs.gid ?? ''),
        ],
        {
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      const left = await new Promise<number>((resolve, reject) => {
        program.stdout.once('data', (chunk: Buffer) => resolve(Number.parseInt(chunk.toString(), 10)));
        program.once('exit', () => reject(new Error('the program ended before its server was ready')));
      });
      try {
        // While its program runs, the server is not taken from it.
        await expect(startEmbeddedPostgres(dataDir)).rejects.toThrow(/still running/);
        expect(isRunning(left)).toBe(true);

        program.kill('SIGKILL');
        await new Promise((resolve) => program.once('exit', resolve));
        expect(isRunning(left)).toBe(true);

        server = await startEmbeddedPostgres(dataDir);
        expect(isRunning(left)).toBe(false);
        expect(server.pid).not.toBe(left);
        expect(await query(server.url, 'SELECT n FROM saved')).toEqual([{ n: 1 }]);
      } finally {
        if (isRunning(left)) process.kill(left, 'SIGKILL');
        program.kill('SIGKILL');
      }
    },
    SLOW,
  );

  it(
    'starts when its lock file names a live process that is not its server',
    async () => {
      await server?.stop();
      server = undefined;
      // The pid a killed server left in postmaster.pid, since taken by another program of the same user.
      const runAs = await postgresUser();
      const stranger = spawn('sleep', ['60'], { ...runAs, stdio: 'ignore' });
      try {
        writeFileSync(join(dataDir, 'postmaster.pid'), `${stranger.pid}\n${dataDir}\n`);
        server = await startEmbeddedPostgres(dataDir);
        expect(await query(server.url, 'SELECT n FROM saved')).toEqual([{ n: 1 }]);
        expect(isRunning(stranger.pid!)).toBe(true);
      } finally {
        stranger.kill('SIGKILL');
      }
    },
    SLOW,
  );

  it(
    "names PostgreSQL's own reason when the server cannot start",
    async () => {
      await server?.stop();
      server = undefined;
      appendFileSync(join(dataDir, 'postgresql.conf'), "\nshared_buffers = 'plenty'\n");
      await expect(startEmbeddedPostgres(dataDir)).rejects.toThrow(
        /invalid value for parameter "shared_buffers"[\s\S]*FATAL/,
      );
    },
    SLOW,
  );
});
