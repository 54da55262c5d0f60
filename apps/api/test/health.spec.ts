import { readFileSync } from 'node:fs';
import { printSchemaFile } from '../src/graphql-schema-file.js';
import { TestApp } from './support/test-app.js';

describe('operations', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('reports a healthy database at /health', async () => {
    const res = await t.http().get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('gives every response a request id, keeping a caller-supplied one', async () => {
    const res = await t.http().get('/health').set('x-request-id', 'kuormantasaaja-123');
    expect(res.headers['x-request-id']).toBe('kuormantasaaja-123');
  });

  it('keeps the committed schema file in step with the code (run `npm run schema` after an API change)', () => {
    const committed = readFileSync(new URL('../schema.gql', import.meta.url), 'utf8');
    expect(printSchemaFile(t.app)).toBe(committed);
  });

  it('reports 503 when the database is gone', async () => {
    await t.db.destroy();
    const res = await t.http().get('/health');
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ status: 'error', database: 'down' });
    await t.db.initialize();
  });
});
