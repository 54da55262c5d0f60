import type { DataSourceOptions, Logger } from 'typeorm';
import { migrations } from '../../../../migrations/index.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

/**
 * One definition of the database connection, for the app, the CLI and the tests. The app's
 * entities are those its modules register (`TypeOrmModule.forFeature`); migrations need none.
 */
export function dataSourceOptions(url: string, logger?: Logger): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations,
    migrationsTableName: 'migrations',
    namingStrategy: new SnakeNamingStrategy(),
    // The schema comes only from migrations/; gen_random_uuid() is core PostgreSQL.
    synchronize: false,
    installExtensions: false,
    logger,
    maxQueryExecutionTime: 500,
    // A server that does not answer fails a request in seconds (SERVICE_UNAVAILABLE) instead of holding it.
    connectTimeoutMS: 5000,
    extra: { max: 10, application_name: 'elinvoima' },
  };
}
