import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { AccountsModule } from './accounts/accounts.module.js';
import { AgendaPdfController } from './agendas/agenda-pdf.controller.js';
import { AgendasModule } from './agendas/agendas.module.js';
import { AttachmentsController } from './attachments/attachments.controller.js';
import { AttachmentsModule } from './attachments/attachments.module.js';
import { AuthMiddleware } from './auth/auth.middleware.js';
import { AuthModule } from './auth/auth.module.js';
import { CalendarController } from './calendar/calendar.controller.js';
import { CalendarModule } from './calendar/calendar.module.js';
import type { GqlContext, ViewerRequest } from './auth/viewer.js';
import { StrictDateTime } from './common/date-time.scalar.js';
import { formatGraphqlError } from './graphql/format-error.js';
import { Loaders } from './common/loaders.js';
import { ConfigModule } from './config/config.module.js';
import type { AppConfig } from './config/env.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { SqlQueryCounter } from './database/sql-query-counter.js';
import { graphqlProtection } from './graphql/graphql-protection.js';
import { TIME_LIMITS } from './graphql/query-limits.js';
import { GroupsModule } from './groups/groups.module.js';
import { HealthModule } from './health/health.module.js';
import { MailModule } from './mail/mail.module.js';
import { MeetingsModule } from './meetings/meetings.module.js';
import { OrganizationsModule } from './organizations/organizations.module.js';
import { ProjectsModule } from './projects/projects.module.js';
import { SearchModule } from './search/search.module.js';
import { SeasonsModule } from './seasons/seasons.module.js';
import { ThemesModule } from './themes/themes.module.js';
import { UsersModule } from './users/users.module.js';

export type ResolvedConfig = AppConfig & { databaseUrl: string };

/** PostgreSQL cancels any statement of the app's connections that runs longer than this. */
function withStatementTimeout(options: DataSourceOptions): DataSourceOptions {
  return { ...options, extra: { ...(options as { extra?: object }).extra, statement_timeout: TIME_LIMITS.statementMs } } as DataSourceOptions;
}

@Module({})
export class AppModule implements NestModule {
  static forRoot(config: ResolvedConfig, queryCounter = new SqlQueryCounter()): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(withStatementTimeout({ ...dataSourceOptions(config.databaseUrl, queryCounter), migrationsRun: true })),
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
        AuthModule,
        AccountsModule,
        UsersModule,
        OrganizationsModule,
        GroupsModule,
        ThemesModule,
        ProjectsModule,
        MeetingsModule,
        AgendasModule,
        AttachmentsModule,
        MailModule,
        CalendarModule,
        SeasonsModule,
        SearchModule,
        HealthModule,
      ],
      providers: [{ provide: SqlQueryCounter, useValue: queryCounter }],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AuthMiddleware).forRoutes('graphql', AttachmentsController, CalendarController, AgendaPdfController);
  }
}

