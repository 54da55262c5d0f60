import { ErrorCode, GroupRole, MeetingKind } from '@elinvoima/domain';
import { CreateMeetingDocument, LoginDocument } from '@elinvoima/graphql';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type RunningPostgres, startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { shutDown } from '../src/shutdown.js';
import { codeOf, TestApp } from './support/test-app.js';
import { World } from './support/world.js';

/** Starting a server, migrating it and riding out an outage take several seconds. */
const SLOW = 120_000;

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await sleep(50);
  }
}

interface Failure {
  status: number;
  code: string | undefined;
}

/**
 * The API on its own embedded PostgreSQL (unsupervised here, so that the test decides how long
 * the outage lasts), with writers saving meetings the whole time.
 */
describe('the database killed under load', () => {
  let dataDir: string;
  let postgres: RunningPostgres;
  let t: TestApp;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'elinvoima-outage-'));
    chmodSync(dir, 0o755);
    dataDir = join(dir, 'postgres');
    postgres = await startEmbeddedPostgres(dataDir, 'elinvoima', { supervise: false });
    t = await TestApp.onDatabase(postgres.url);
  }, SLOW);
  afterAll(async () => {
    await t?.close().catch(() => undefined);
    await postgres?.stop();
    rmSync(dirname(dataDir), { recursive: true, force: true });
  });

  it(
    'answers with SERVICE_UNAVAILABLE while it is down, recovers when it is back and loses nothing it acknowledged',
    async () => {
      const world = new World(t);
      const group = await world.group();
      const { token } = await world.person(group, GroupRole.SECRETARY);
      const acknowledged: string[] = [];
      const failures: Failure[] = [];
      let writing = true;
      const writer = async (n: number) => {
        for (let i = 0; writing; i += 1) {
          const input = {
            groupId: group.id,
            title: `Kokous ${n}-${i}`,
            kind: MeetingKind.REGULAR,
            startsAt: '2018-12-11T12:00:00Z',
            endsAt: '2018-12-11T14:00:00Z',
          };
          const result = await t.gql(CreateMeetingDocument, { input }, { token });
          if (result.data?.createMeeting) acknowledged.push(result.data.createMeeting.id);
          else failures.push({ status: result.status, code: codeOf(result) });
          // A failed request is retried at once: the load goes on through the outage.
        }
      };
      const writers = [1, 2, 3, 4].map(writer);
      let failedWhileDown: number | undefined;
      try {
        await until(() => acknowledged.length >= 20, 20_000, 'the writers have saved some meetings');
        process.kill(postgres.pid!, 'SIGKILL');
        await until(() => failures.length >= 20, 20_000, 'writes fail');

        // Meanwhile: /health, a signed-in request, an anonymous one reaching a resolver, a file route.
        const health = await t.http().get('/health');
        expect(health.status).toBe(503);
        expect(health.body).toEqual({ status: 'error', database: 'down' });
        expect(health.headers['cache-control']).toBe('no-store');

        const signedIn = await t
          .http()
          .post('/graphql')
          .set('authorization', `Bearer ${token}`)
          .set('accept', 'application/graphql-response+json, application/json;q=0.9')
          .send({ query: '{ me { id } }' });
        expect(signedIn.status).toBe(503);
        expect(signedIn.headers['content-type']).toContain('application/graphql-response+json');
        expect(signedIn.headers['retry-after']).toBe('5');
        expect(signedIn.body.errors[0].extensions.code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
        expect(signedIn.body.errors[0].message).toBe(
          'Palvelu ei ole juuri nyt käytettävissä. Yritä hetken kuluttua uudelleen.',
        );

        const anonymous = await t.gql(
          LoginDocument,
          { input: { email: 'kuka@vesanto.example', password: 'ei-tiedossa-oleva', bearer: true } },
          { locale: 'en' },
        );
        expect(codeOf(anonymous)).toBe(ErrorCode.SERVICE_UNAVAILABLE);
        expect(anonymous.errors?.[0].message).toBe(
          'The service is not available just now. Please try again in a moment.',
        );

        const feed = await t.http().get(`/calendar/${randomBytes(32).toString('base64url')}.ics`);
        expect(feed.status).toBe(503);
        expect(feed.body.errors[0].extensions.code).toBe(ErrorCode.SERVICE_UNAVAILABLE);

        // Back on the same port: the API recovers without a restart.
        failedWhileDown = failures.length;
        postgres = await startEmbeddedPostgres(dataDir, 'elinvoima', { port: postgres.port, supervise: false });
        const back = Date.now();
        await until(async () => (await t.http().get('/health')).status === 200, 20_000, '/health is 200 again');
        expect(Date.now() - back).toBeLessThan(10_000);
        const savedBefore = acknowledged.length;
        await until(() => acknowledged.length >= savedBefore + 20, 20_000, 'writes succeed again');
      } finally {
        writing = false;
        await Promise.all(writers);
      }

      expect(failedWhileDown).toBeGreaterThanOrEqual(20);
      // Every failure had a code a client can act on; none was a plain 500.
      expect(failures.filter((f) => f.code !== ErrorCode.SERVICE_UNAVAILABLE)).toEqual([]);
      expect(failures.filter((f) => f.status !== 503 && f.status !== 200)).toEqual([]);
      const saved = (await t.db.query(`SELECT id FROM meeting WHERE id = ANY($1)`, [acknowledged])) as { id: string }[];
      expect(saved).toHaveLength(acknowledged.length);
    },
    SLOW,
  );

  it(
    'shuts down promptly after the database died',
    async () => {
      expect(postgres.pid).toBeDefined();
      process.kill(postgres.pid!, 'SIGKILL');
      await until(async () => (await t.http().get('/health')).status === 503, 10_000, '/health is 503');
      const started = Date.now();
      expect(await shutDown(t.app, postgres)).toBe(true);
      expect(Date.now() - started).toBeLessThan(3000);
    },
    SLOW,
  );
});
