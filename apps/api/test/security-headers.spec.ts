import { GroupRole, MeetingStatus } from '@elinvoima/domain';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { TestApp } from './support/test-app.js';
import { World } from './support/world.js';

/** A built web client as Vite writes it: an index page, a script and a stylesheet under /assets, the favicon. */
/** The fake client folders made by this file, removed when it is done. */
const dists: string[] = [];
afterAll(() => dists.forEach((dist) => rmSync(dist, { recursive: true, force: true })));

function webDist(): string {
  const dist = mkdtempSync(join(tmpdir(), 'elinvoima-web-'));
  dists.push(dist);
  mkdirSync(join(dist, 'assets'));
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><script type="module" crossorigin src="/assets/index-abc123.js"></script><link rel="stylesheet" href="/assets/index-abc123.css">',
  );
  writeFileSync(join(dist, 'assets/index-abc123.js'), 'export const greeting = "Hei";\n'.repeat(50));
  writeFileSync(join(dist, 'assets/index-abc123.css'), 'body { margin: 0 }\n');
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dist;
}

function directives(res: Response): Map<string, string> {
  const policy = String(res.headers['content-security-policy'] ?? '');
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values.join(' ')]),
  );
}

/** What every response carries over plain HTTP. */
function expectSecurityHeaders(res: Response): void {
  const csp = directives(res);
  expect(Object.fromEntries(csp)).toMatchObject({
    'default-src': "'self'",
    'script-src': "'self'",
    'style-src': "'self'",
    'connect-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'none'",
    'frame-ancestors': "'none'",
  });
  expect(String(res.headers['content-security-policy'])).not.toMatch(
    /unsafe-inline|unsafe-eval|upgrade-insecure-requests/,
  );
  expect(res.headers['x-frame-options']).toBe('DENY');
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['referrer-policy']).toBe('no-referrer');
  expect(res.headers['permissions-policy']).toMatch(/camera=\(\)/);
  expect(res.headers['strict-transport-security']).toBeUndefined();
  expect(res.headers['x-powered-by']).toBeUndefined();
}

describe('security headers', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start({ TRUST_PROXY: 'true' }, { webDistDir: webDist() });
  }, 30_000);
  afterAll(() => t.close());

  it('are on the web client, its routes and its assets', async () => {
    const responses = [
      await t.http().get('/').set('accept', 'text/html'),
      await t.http().get('/ryhmat/x/kokoukset').set('accept', 'text/html'),
      await t.http().get('/assets/index-abc123.js').set('accept-encoding', 'gzip'),
      await t.http().get('/assets/index-abc123.js').set('accept-encoding', 'identity'),
      await t.http().get('/assets/index-abc123.css').set('accept-encoding', 'gzip'),
      await t.http().get('/favicon.svg'),
    ];
    for (const res of responses) {
      expect(res.status).toBe(200);
      expectSecurityHeaders(res);
    }
    // The compressed script is the precompressed one, headers and all.
    expect(responses[2].headers['content-encoding']).toBe('gzip');
  });

  it('are on the GraphQL API and the other answers of the server, errors too', async () => {
    const graphql = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: '{ me { id } }' });
    expect(graphql.status).toBe(200);
    expectSecurityHeaders(graphql);
    // Answers hold personal data: no browser or proxy keeps them.
    expect(graphql.headers['cache-control']).toBe('no-store');
    const tooLarge = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: 'x'.repeat(2 * 1024 * 1024) });
    expect(tooLarge.status).toBe(413);
    expectSecurityHeaders(tooLarge);
    expectSecurityHeaders(await t.http().get('/health'));
    expectSecurityHeaders(await t.http().get('/calendar/no-such-feed.ics'));
  });

  it('add HSTS and upgrade insecure requests only when the request came over HTTPS', async () => {
    const secure = await t.http().get('/').set('accept', 'text/html').set('x-forwarded-proto', 'https');
    expect(secure.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(directives(secure).has('upgrade-insecure-requests')).toBe(true);
    expect(directives(secure).get('frame-ancestors')).toBe("'none'");
    const graphql = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('x-forwarded-proto', 'https')
      .send({ query: '{ me { id } }' });
    expect(graphql.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('keep the sandbox of a downloaded attachment', async () => {
    const world = new World(t);
    const group = await world.group();
    const { token } = await world.person(group, GroupRole.MEMBER);
    const item = await world.agendaItem(await world.meeting(group, { status: MeetingStatus.AGENDA_PUBLISHED }));
    const { id } = await world.attachment(item);
    const res = await t.http().get(`/attachments/${id}`).set('authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(res.headers['content-disposition']).toMatch(/^attachment;/);
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });
});

describe('security headers behind no trusted proxy', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start({ TRUST_PROXY: 'false' }, { webDistDir: webDist() });
  }, 30_000);
  afterAll(() => t.close());

  it('ignore a client that claims HTTPS in X-Forwarded-Proto', async () => {
    const res = await t.http().get('/').set('accept', 'text/html').set('x-forwarded-proto', 'https');
    expectSecurityHeaders(res);
  });
});
