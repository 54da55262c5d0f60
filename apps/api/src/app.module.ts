import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule, type Type } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { AuthMiddleware } from './auth/auth.middleware.js';
import type { GqlContext, ViewerRequest } from './auth/viewer.js';
import { StrictDateTime } from './common/date-time.scalar.js';
import { Loaders } from './common/loaders.js';
import { ConfigModule } from './config/config.module.js';
import type { AppConfig } from './config/env.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { SqlQueryCounter } from './database/sql-query-counter.js';
import { formatGraphqlError } from './graphql/format-error.js';
import { graphqlProtection } from './graphql/graphql-protection.js';
import { TIME_LIMITS } from './graphql/query-limits.js';

export type ResolvedConfig = AppConfig & { databaseUrl: string };

/** PostgreSQL cancels any statement of the app's connections that runs longer than this. */
function withStatementTimeout(options: DataSourceOptions): DataSourceOptions {
  return {
    ...options,
    extra: { ...(options as { extra?: object }).extra, statement_timeout: TIME_LIMITS.statementMs },
  } as DataSourceOptions;
}

/**
 * The app: configuration, the database and GraphQL, and every folder's module (`features`, listed in
 * feature-modules.ts).
 */
@Module({})
export class AppModule implements NestModule {
  static forRoot(
    config: ResolvedConfig,
    features: readonly Type[],
    queryCounter = new SqlQueryCounter(),
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({
          ...withStatementTimeout(dataSourceOptions(config.databaseUrl, queryCounter)),
          // Each domain's module registers its own entities.
          autoLoadEntities: true,
          migrationsRun: true,
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [DataSource],
          useFactory: (db: DataSource) => {
            const protection = graphqlProtection(config.nodeEnv);
            return {
              path: '/graphql',
              autoSchemaFile: true,
              sortSchema: true,
              buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: StrictDateTime }] },
              playground: false,
              csrfPrevention: true,
              includeStacktraceInErrorResponses: false,
              ...protection,
              plugins: [ApolloServerPluginLandingPageDisabled(), ...protection.plugins],
              formatError: formatGraphqlError,
              context: ({ req, res }: { req: ViewerRequest; res: Response }): GqlContext => ({
                req,
                res,
                viewer: req.viewer ?? null,
                loaders: new Loaders(db),
              }),
            };
          },
        }),
        ...features,
      ],
      providers: [{ provide: SqlQueryCounter, useValue: queryCounter }],
    };
  }

  /** GraphQL knows who asks; a domain's own routes say so in its module (see attachments.module.ts). */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AuthMiddleware).forRoutes('graphql');
  }
}
