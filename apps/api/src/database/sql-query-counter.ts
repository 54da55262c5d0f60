import type { Logger, QueryRunner } from 'typeorm';
import { logger } from '../common/logger.js';
import { requestContext } from '../context/request-context.js';

/**
 * TypeORM logger that counts every SQL statement, in total and per request, so tests and the
 * benchmark can assert that a page costs a constant number of queries.
 */
export class SqlQueryCounter implements Logger {
  total = 0;

  logQuery(query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    this.total += 1;
    const store = requestContext.get();
    if (store) store.sqlQueries += 1;
    if (logger.isLevelEnabled('trace')) logger.trace({ sql: query }, 'sql');
  }
  /**
   * Debug only: a failed statement is either the user's (a duplicate name: answered as such) or
   * unexpected, and then logged once, with its request, where the error is answered.
   */
  logQueryError(error: string | Error, query: string): void {
    logger.debug({ err: error, sql: query }, 'sql failed');
  }
  logQuerySlow(time: number, query: string): void {
    logger.warn({ ms: time, sql: query }, 'slow sql');
  }
  logSchemaBuild(message: string): void {
    logger.debug(message);
  }
  logMigration(message: string): void {
    logger.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') logger.warn(String(message));
    else logger.debug(String(message));
  }
}
