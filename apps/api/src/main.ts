import 'reflect-metadata';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from './bootstrap.js';
import { logger } from './common/logger.js';
import { ConfigError, loadConfig } from './config/env.js';
import { findRepoRoot } from './config/repo-root.js';
import { type RunningPostgres, startEmbeddedPostgres } from './database/embedded-postgres.js';
import { writeSchemaFile } from './graphql-schema-file.js';
import { seed } from './seed/seeder.js';

async function main(): Promise<void> {
  const config = loadConfig(process.env, findRepoRoot());
  let embedded: RunningPostgres | undefined;
  const databaseUrl = config.databaseUrl ?? (embedded = await startEmbeddedPostgres(join(config.dataDir, 'postgres'))).url;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await app?.close().catch((error: unknown) => logger.error({ err: error }, 'closing the app failed'));
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const app = await createApp({ ...config, databaseUrl });
  await seed(app.get(DataSource), { demo: config.seedDemo });
  if (config.schemaFile && config.nodeEnv === 'development') writeSchemaFile(app, config.schemaFile);
  await app.listen(config.port);
  logger.info(`Elinvoima is running at http://localhost:${config.port}/ (GraphQL at /graphql)`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else if ((error as NodeJS.ErrnoException)?.code === 'EADDRINUSE') {
    console.error(`Port ${process.env.PORT ?? 3000} is already in use: stop the other program or set PORT.`);
  } else {
    logger.fatal({ err: error }, 'Elinvoima could not start');
  }
  process.exit(1);
});
