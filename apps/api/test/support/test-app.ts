import 'reflect-metadata';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { type GraphQLFormattedError, print } from 'graphql';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap.js';
import { type AppConfig, loadConfig } from '../../src/config/env.js';
import { SqlQueryCounter } from '../../src/database/sql-query-counter.js';
import { adminQuery, databaseUrl, ensureTemplate, TEST_ENV } from './test-database.js';

export interface GqlResult<R> {
  status: number;
  data: R | null | undefined;
  errors: GraphQLFormattedError[] | undefined;
  /** SQL statements the API ran for this one request. */
  sqlQueries: number;
  headers: Record<string, string | string[] | undefined>;
}

/** The real app on its own database (a clone of the migrated template), driven over HTTP. */
export class TestApp {
  private constructor(
    readonly app: NestExpressApplication,
    readonly db: DataSource,
    readonly queries: SqlQueryCounter,
    /** The database this test app made for itself and drops on close; none for `onDatabase`. */
    private readonly database: string | null,
  ) {}

  /**
   * `env` adds settings as the environment would, e.g. `{ SMTP_URL: 'smtp://127.0.0.1:2525' }`;
   * `overrides` sets resolved ones, e.g. a built web client's folder.
   */
  static async start(env: Record<string, string> = {}, overrides: Partial<AppConfig> = {}): Promise<TestApp> {
    const adminUrl = process.env[TEST_ENV.adminUrl]!;
    const template = process.env[TEST_ENV.template]!;
    await ensureTemplate(adminUrl, template);
    const database = `elinvoima_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(adminUrl, `CREATE DATABASE ${database} TEMPLATE ${template}`);
    return TestApp.create(databaseUrl(adminUrl, database), database, env, overrides);
  }

  /**
   * The app on a database the test looks after itself: its own embedded PostgreSQL, or another
   * instance's database (two API servers on one database). It is migrated at start and kept on close.
   */
  static onDatabase(
    url: string,
    env: Record<string, string> = {},
    overrides: Partial<AppConfig> = {},
  ): Promise<TestApp> {
    return TestApp.create(url, null, env, overrides);
  }

  private static async create(
    url: string,
    database: string | null,
    env: Record<string, string>,
    overrides: Partial<AppConfig>,
  ): Promise<TestApp> {
    const config = {
      ...loadConfig({ NODE_ENV: 'test', ...env }),
      databaseUrl: url,
      webDistDir: undefined,
      schemaFile: undefined,
      ...overrides,
    };
    const queries = new SqlQueryCounter();
    const app = await createApp(config, queries);
    return new TestApp(app, app.get(DataSource), queries, database);
  }

  http() {
    return request(this.app.getHttpServer());
  }

  /** A GET of a file route as the holder of `token` (anonymous without one), its body as bytes whatever its type. */
  download(path: string, token?: string) {
    const req = this.http()
      .get(path)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    return token ? req.set('authorization', `Bearer ${token}`) : req;
  }

  /** Runs one operation as the holder of `token` (anonymous without one). */
  async gql<R, V>(
    document: TypedDocumentNode<R, V>,
    variables?: V,
    options: { token?: string; locale?: string } = {},
  ): Promise<GqlResult<R>> {
    let req = this.http().post('/graphql').set('content-type', 'application/json');
    if (options.token) req = req.set('authorization', `Bearer ${options.token}`);
    if (options.locale) req = req.set('accept-language', options.locale);
    const before = this.queries.total;
    const res = await req.send({ query: print(document), variables });
    return {
      status: res.status,
      data: res.body?.data,
      errors: res.body?.errors,
      sqlQueries: this.queries.total - before,
      headers: res.headers,
    };
  }

  async close(): Promise<void> {
    await this.app.close();
    if (this.database)
      await adminQuery(process.env[TEST_ENV.adminUrl]!, `DROP DATABASE IF EXISTS ${this.database} WITH (FORCE)`);
  }
}

/** The error code of the first error, for concise assertions. */
export function codeOf(result: GqlResult<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.code as string | undefined;
}
