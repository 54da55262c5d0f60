import { rmSync } from 'node:fs';
import pg from 'pg';

export default async function globalTeardown() {
  const adminUrl = process.env.ELINVOIMA_TEST_ADMIN_URL;
  const template = process.env.ELINVOIMA_TEST_TEMPLATE;
  if (adminUrl && template && !globalThis.__embeddedPostgres) {
    // On a shared server, leave nothing behind.
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`).catch(() => undefined);
    await client.end();
  }
  await globalThis.__embeddedPostgres?.stop();
  // The temporary folder the server lived in goes with it.
  if (globalThis.__embeddedPostgresDir) rmSync(globalThis.__embeddedPostgresDir, { recursive: true, force: true });
}
