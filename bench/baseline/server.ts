import { createServer } from 'node:http';
import pg from 'pg';
import { Handlers } from './handlers.js';

// Dates as the API sends them ("2015-08-01"), not as midnight instants.
pg.types.setTypeParser(1082, (value) => value);

/**
 * The baseline: a bare node:http server with a pg pool of the API's size, answering the same
 * GraphQL requests with the same SQL and the same JSON, and nothing else. What it reaches is the
 * most this machine gives for that work.
 */
export function startBaseline(
  port: number,
  databaseUrl: string,
  sessionSecret: string,
): Promise<{ close(): Promise<void> }> {
  const db = new pg.Pool({ connectionString: databaseUrl, max: 10, application_name: 'elinvoima-baseline' });
  const handlers = new Handlers(db, sessionSecret);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const reply = (status: number, body: unknown) => {
        const text = JSON.stringify(body);
        res.writeHead(status, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(text),
        });
        res.end(text);
      };
      if (req.method !== 'POST' || req.url !== '/graphql') return reply(404, { errors: [{ message: 'not found' }] });
      const { operationName, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        operationName: string;
        variables?: Record<string, unknown>;
      };
      const token = req.headers.authorization?.replace(/^Bearer /, '');
      handlers
        .answer(operationName, variables ?? {}, token)
        .then((answer) =>
          answer ? reply(200, answer) : reply(400, { errors: [{ message: `no baseline for ${operationName}` }] }),
        )
        .catch((error: unknown) => reply(500, { errors: [{ message: String(error) }] }));
    });
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () =>
      resolve({
        close: async () => {
          await new Promise((done) => server.close(done));
          await db.end();
        },
      }),
    );
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { BASELINE_PORT, DATABASE_URL, SESSION_SECRET } = process.env;
  await startBaseline(Number(BASELINE_PORT), DATABASE_URL!, SESSION_SECRET!);
  process.send?.('ready');
}
