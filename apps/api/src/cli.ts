import 'reflect-metadata';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from './bootstrap.js';
import { loadConfig } from './config/env.js';
import { findRepoRoot } from './config/repo-root.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { type RunningPostgres, startEmbeddedPostgres } from './database/embedded-postgres.js';
import { writeSchemaFile } from './graphql-schema-file.js';
import { seed } from './seed/seeder.js';

const USAGE = 'usage: cli.js migrate | revert | seed | schema';

/** `npm run migrate`, `migrate:revert`, `seed` and `schema`, on DATABASE_URL or the embedded database. */
async function main(command: string | undefined): Promise<void> {
  if (!command || !['migrate', 'revert', 'seed', 'schema'].includes(command)) throw new Error(USAGE);
  const config = loadConfig(process.env, findRepoRoot());
  let embedded: RunningPostgres | undefined;
  const url = config.databaseUrl ?? (embedded = await startEmbeddedPostgres(join(config.dataDir, 'postgres'))).url;
  try {
    if (command === 'schema' || command === 'seed') {
      const app = await createApp({ ...config, databaseUrl: url, webDistDir: undefined });
      if (command === 'schema') writeSchemaFile(app, config.schemaFile ?? join(findRepoRoot(), 'apps/api/schema.gql'));
      else await seed(app.get(DataSource), { demo: true });
      await app.close();
      return;
    }
    const db = await new DataSource(dataSourceOptions(url)).initialize();
    try {
      if (command === 'migrate') {
        const applied = await db.runMigrations({ transaction: 'each' });
        console.log(
          applied.length ? `applied: ${applied.map((m) => m.name).join(', ')}` : 'the database is up to date',
        );
      } else {
        await db.undoLastMigration({ transaction: 'each' });
        console.log('reverted the latest migration');
      }
    } finally {
      await db.destroy();
    }
  } finally {
    await embedded?.stop();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
