import type { INestApplication } from '@nestjs/common';
import { logger } from './common/logger.js';
import type { RunningPostgres } from './database/embedded-postgres.js';

/** How long a shutdown may take before what still waits is abandoned. */
export const SHUTDOWN_DEADLINE_MS = 10_000;

function within<T>(work: Promise<T>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    timer.unref();
    work
      .then(
        () => resolve(true),
        (error: unknown) => {
          logger.error({ err: error }, 'shutting down failed');
          resolve(true);
        },
      )
      .finally(() => clearTimeout(timer));
  });
}

/**
 * Closes the app (requests in flight, the mail round, the connection pool), then its embedded
 * PostgreSQL, within `deadlineMs` in all: a database that died must not hold the way out.
 * Returns whether everything closed in time.
 */
export async function shutDown(
  app: INestApplication | undefined,
  embedded: RunningPostgres | undefined,
  deadlineMs = SHUTDOWN_DEADLINE_MS,
): Promise<boolean> {
  const started = Date.now();
  const closed = await within(Promise.resolve(app?.close()), deadlineMs);
  if (!closed) logger.error({ ms: deadlineMs }, 'the app did not close in time; stopping anyway');
  // The server gets its own bounded time: it must not be left running without the app.
  const stopped = await within(Promise.resolve(embedded?.stop()), Math.max(deadlineMs - (Date.now() - started), 5000));
  if (!stopped) logger.error('the embedded PostgreSQL did not stop in time');
  return closed && stopped;
}
