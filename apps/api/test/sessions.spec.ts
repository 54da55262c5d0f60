import { LoginDocument, LogoutDocument, MeDocument } from '@elinvoima/graphql';
import { print } from 'graphql';
import { LOGIN_LIMITS } from '../src/auth/login-limiter.js';
import { SessionSweeper } from '../src/auth/session-sweeper.js';
import { SessionEntity } from '../src/auth/session.entity.js';
import type { UserEntity } from '../src/users/user.entity.js';
import { TestApp } from './support/test-app.js';
import { TEST_PASSWORD, World } from './support/world.js';

const HOUR = 60 * 60 * 1000;
/** Starting another app (on its own database) or checking many passwords takes seconds on a busy machine. */
const SLOW_MS = 30_000;
const PRODUCTION = { NODE_ENV: 'production', SESSION_SECRET: 'tuotannon-istuntoavain-vahintaan-32-merkkia' };

/** Moves a user's sessions back in time, as if `minutes` had passed since they were written. */
async function letTimePass(t: TestApp, user: UserEntity, minutes: number): Promise<void> {
  await t.db.query(
    `UPDATE session SET created_at = created_at - make_interval(mins => $2), last_seen_at = last_seen_at - make_interval(mins => $2),
                        expires_at = expires_at - make_interval(mins => $2)
      WHERE user_id = $1`,
    [user.id, minutes],
  );
}

async function sessionsOf(t: TestApp, user: UserEntity): Promise<SessionEntity[]> {
  return t.db.getRepository(SessionEntity).find({ where: { userId: user.id }, order: { createdAt: 'ASC' } });
}

/** A browser's sign-in: the answer's cookies by name, each as its Set-Cookie line. */
async function browserSignIn(t: TestApp, email: string, password = TEST_PASSWORD, cookie?: string) {
  let req = t.http().post('/graphql').set('content-type', 'application/json');
  if (cookie) req = req.set('cookie', cookie);
  const res = await req.send({ query: print(LoginDocument), variables: { input: { email, password } } });
  const lines = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const cookies = new Map(lines.map((line) => [line.split('=')[0], line]));
  return { body: res.body, cookies, pair: (name: string) => cookies.get(name)?.split(';')[0] };
}

async function meWithCookie(t: TestApp, cookie: string): Promise<string | null> {
  const res = await t
    .http()
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('cookie', cookie)
    .send({ query: print(MeDocument) });
  return res.body.data?.me?.id ?? null;
}

describe('session lifetime', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await TestApp.start({ SESSION_MAX_HOURS: '2' });
    world = new World(t);
  }, SLOW_MS);
  afterAll(() => t.close());

  it('ends a session at its absolute lifetime however much it is used', async () => {
    const user = await world.user();
    const signedIn = await browserSignIn(t, user.email);
    const expiresAt = new Date(signedIn.body.data.login.expiresAt).getTime();
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 2 * HOUR);
    expect(expiresAt).toBeGreaterThan(Date.now() + 2 * HOUR - 60_000);
    // The browser keeps the cookie only as long as the session can live.
    const cookieExpires = Date.parse(/Expires=([^;]+)/.exec(signedIn.cookies.get('elinvoima_session')!)![1]);
    expect(Math.abs(cookieExpires - expiresAt)).toBeLessThan(2000);
    const cookie = signedIn.pair('elinvoima_session')!;

    // Used again after 90 minutes: renewed, but only up to two hours from the sign-in.
    await letTimePass(t, user, 90);
    expect(await meWithCookie(t, cookie)).toBe(user.id);
    const [renewed] = await sessionsOf(t, user);
    expect(renewed.lastSeenAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(renewed.expiresAt.getTime()).toBeLessThanOrEqual(renewed.createdAt.getTime() + 2 * HOUR);

    await letTimePass(t, user, 31);
    expect(await meWithCookie(t, cookie)).toBeNull();
  });

  it(
    'still ends an unused session after the idle time when that comes first',
    async () => {
      const short = await TestApp.start({ SESSION_MAX_HOURS: '720', SESSION_TTL_HOURS: '1' });
      try {
        const user = await new World(short).user();
        const { pair } = await browserSignIn(short, user.email);
        await letTimePass(short, user, 61);
        expect(await meWithCookie(short, pair('elinvoima_session')!)).toBeNull();
      } finally {
        await short.close();
      }
    },
    SLOW_MS,
  );

  it('removes expired sessions and old sign-in attempts, and holds open sessions to the lifetime in force', async () => {
    const user = await world.user();
    const row = async (createdAgoH: number, expiresInH: number) => {
      const [{ id }] = (await t.db.query(
        `INSERT INTO session (token_hash, user_id, created_at, last_seen_at, expires_at)
         VALUES (md5(random()::text), $1, now() - make_interval(secs => $2), now(), now() + make_interval(secs => $3)) RETURNING id`,
        [user.id, createdAgoH * 3600, expiresInH * 3600],
      )) as { id: string }[];
      return await t.db.getRepository(SessionEntity).findOneByOrFail({ id });
    };
    await row(1, -0.5);
    const live = await row(0.5, 1);
    // Opened while a longer lifetime was configured: 3 h old, or 1 h old and set to last 10 days.
    await row(3, 240);
    const tooLong = await row(1, 240);
    await t.db.query(
      `INSERT INTO login_attempt (email, address, created_at) VALUES ('vanha@kunta.example', '192.0.2.1', now() - interval '2 days'), ('uusi@kunta.example', '192.0.2.1', now())`,
    );

    await t.app.get(SessionSweeper).sweep();

    const left = await sessionsOf(t, user);
    expect(left.map((s) => s.id).sort()).toEqual([live.id, tooLong.id].sort());
    expect(left.find((s) => s.id === tooLong.id)!.expiresAt.getTime()).toBeLessThanOrEqual(
      tooLong.createdAt.getTime() + 2 * HOUR + 1000,
    );
    const attempts = (await t.db.query(`SELECT email FROM login_attempt WHERE address = '192.0.2.1'`)) as {
      email: string;
    }[];
    expect(attempts.map((a) => a.email)).toEqual(['uusi@kunta.example']);
  });

  it('removes the person’s own expired sessions when they sign in again', async () => {
    const user = await world.user();
    await world.signIn(user);
    await letTimePass(t, user, 3 * 60);
    const [old] = await sessionsOf(t, user);
    await world.signIn(user);
    const left = await sessionsOf(t, user);
    expect(left).toHaveLength(1);
    expect(left[0].id).not.toBe(old.id);
  });
});

describe('session cookie in production', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await TestApp.start(PRODUCTION);
    world = new World(t);
  }, SLOW_MS);
  afterAll(() => t.close());

  it('is Secure with the __Host- prefix even over plain HTTP, and only that name opens the session', async () => {
    const user = await world.user();
    const { cookies, pair } = await browserSignIn(t, user.email);
    const session = cookies.get('__Host-elinvoima_session')!;
    expect(session).toMatch(/^__Host-elinvoima_session=[\w-]{40,};/);
    expect(session).toMatch(/; Path=\/;/);
    expect(session).toMatch(/; HttpOnly; Secure; SameSite=Lax$/);
    expect(session).not.toMatch(/Domain=/i);
    expect(cookies.has('elinvoima_session')).toBe(false);
    expect(cookies.get('__Host-elinvoima_device')).toMatch(/; Path=\/; .*HttpOnly; Secure; SameSite=Strict$/);

    const token = pair('__Host-elinvoima_session')!.split('=')[1];
    expect(await meWithCookie(t, `__Host-elinvoima_session=${token}`)).toBe(user.id);
    // A cookie without the prefix could have been planted by a neighbouring site: it opens nothing.
    expect(await meWithCookie(t, `elinvoima_session=${token}`)).toBeNull();
  });

  it('ends the session on logout and clears the prefixed cookie', async () => {
    const user = await world.user();
    const { pair } = await browserSignIn(t, user.email);
    const cookie = pair('__Host-elinvoima_session')!;
    const res = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('cookie', cookie)
      .send({ query: print(LogoutDocument) });
    expect(res.body.data.logout).toBe(true);
    const cleared = ([] as string[])
      .concat(res.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('__Host-elinvoima_session='));
    expect(cleared).toMatch(
      /^__Host-elinvoima_session=; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; Secure; SameSite=Lax$/,
    );
    expect(await sessionsOf(t, user)).toHaveLength(0);
    expect(await meWithCookie(t, cookie)).toBeNull();
  });

  it(
    'reads the prefixed device cookie to let the owner in during a lockout',
    async () => {
      const owner = await world.user();
      const device = (await browserSignIn(t, owner.email)).pair('__Host-elinvoima_device')!;
      for (let i = 0; i < LOGIN_LIMITS.perAccount; i++) await browserSignIn(t, owner.email, `arvaus-${i}`);
      expect((await browserSignIn(t, owner.email)).body.errors?.[0].extensions.code).toBe('TOO_MANY_REQUESTS');
      expect((await browserSignIn(t, owner.email, TEST_PASSWORD, device)).body.data?.login.user.id).toBe(owner.id);
    },
    SLOW_MS,
  );

  it(
    'can be made non-Secure for a local test over plain HTTP, under the plain name',
    async () => {
      const local = await TestApp.start({ ...PRODUCTION, COOKIE_SECURE: 'false' });
      try {
        const user = await new World(local).user();
        const { cookies } = await browserSignIn(local, user.email);
        expect(cookies.get('elinvoima_session')).toMatch(/; HttpOnly; SameSite=Lax$/);
        expect(cookies.has('__Host-elinvoima_session')).toBe(false);
      } finally {
        await local.close();
      }
    },
    SLOW_MS,
  );
});
