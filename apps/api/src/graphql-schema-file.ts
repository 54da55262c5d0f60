import type { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { writeFileSync } from 'node:fs';

const HEADER = '# Generated from the API code by `npm run schema`; the web client and tests are typed against it.\n\n';

/** The schema as committed in apps/api/schema.gql. */
export function printSchemaFile(app: INestApplication): string {
  const { schema } = app.get(GraphQLSchemaHost);
  return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}

export function writeSchemaFile(app: INestApplication, path: string): void {
  writeFileSync(path, printSchemaFile(app));
}
