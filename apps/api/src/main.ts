import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from './bootstrap.js';
import { logger } from './common/logger.js';
import { ConfigError, loadConfig } from './config/env.js';
import { findRepoRoot } from './config/repo-root.js';
import { type RunningPostgres, startEmbeddedPostgres } from './database/embedded-postgres.js';
import { writeSchemaFile } from './graphql-schema-file.js';
import { seed } from './seed/seeder.js';
import { shutDown } from './shutdown.js';

let app: NestExpressApplication | undefined;
let embedded: Promise<RunningPostgres> | undefined;
let stopping: Promise<void> | undefined;

/** Stops what runs, the app first and then its database, and exits; a second call waits for the first. */
async function stop(reason: string, code: number): Promise<never> {
  stopping ??= (async () => {
    if (code === 0) logger.info({ signal: reason }, 'shutting down');
    // A start still under way is waited for, so that its server is stopped too.
    await shutDown(app, await embedded?.catch(() => undefined));
  })();
  await stopping;
  process.exit(code);
}

async function main(): Promise<void> {
  const config = loadConfig(process.env, findRepoRoot());
  // SIGHUP too: a closed terminal would otherwise end the app at once and leave its server running.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(signal, 0));
  if (!config.databaseUrl) embedded = startEmbeddedPostgres(join(config.dataDir, 'postgres'));
  const databaseUrl = config.databaseUrl ?? (await embedded!).url;
  app = await createApp({ ...config, databaseUrl });
  await seed(app.get(DataSource), { demo: config.seedDemo });
  if (config.schemaFile && config.nodeEnv === 'development') writeSchemaFile(app, config.schemaFile);
  await app.listen(config.port);
  logger.info(`Elinvoima is running at http://localhost:${config.port}/ (GraphQL at /graphql)`);
}

main().catch(async (error: unknown) => {
  // A start cut short by a shutdown signal has nothing to report.
  if (stopping) return stop('start interrupted', 0);
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else if ((error as NodeJS.ErrnoException)?.code === 'EADDRINUSE') {
    console.error(`Port ${process.env.PORT ?? 3000} is already in use: stop the other program or set PORT.`);
  } else {
    // The cause in the line itself: at the default level, not only with LOG_LEVEL=debug.
    const cause = error instanceof Error ? error.message : String(error);
    logger.fatal({ err: error }, `Elinvoima could not start: ${cause}`);
  }
  await stop('start failed', 1);
});
