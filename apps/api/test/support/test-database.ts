import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options.js';

/** Set by global-setup.js for every test file. */
export const TEST_ENV = {
  adminUrl: 'ELINVOIMA_TEST_ADMIN_URL',
  template: 'ELINVOIMA_TEST_TEMPLATE',
} as const;

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function adminQuery(adminUrl: string, sql: string): Promise<void> {
  return withAdmin(adminUrl, async (client) => void (await client.query(sql)));
}

/**
 * The migrated template every test database is cloned from. Test files run in parallel, so the
 * first one to get here migrates it under an advisory lock; the others wait, then reuse it.
 */
export async function ensureTemplate(adminUrl: string, template: string): Promise<void> {
  await withAdmin(adminUrl, async (client) => {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (rowCount) return;
      await client.query(`CREATE DATABASE ${template}_build`);
      const db = await new DataSource(dataSourceOptions(databaseUrl(adminUrl, `${template}_build`))).initialize();
      await db.runMigrations();
      await db.destroy();
      // Renamed only once complete, so nobody clones a half-migrated template.
      await client.query(`ALTER DATABASE ${template}_build RENAME TO ${template}`);
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [template]);
    }
  });
}
