import { ErrorCode } from '@elinvoima/domain';
import { LoginDocument } from '@elinvoima/graphql';
import { print } from 'graphql';
import { LOGIN_LIMITS } from '../src/auth/login-limiter.js';
import { passwordChecks } from '../src/auth/passwords.js';
import { TestApp } from './support/test-app.js';
import { TEST_PASSWORD, World } from './support/world.js';

interface Attempt {
  code: string | undefined;
  message: string | undefined;
  /** The known-device cookie the answer set, as `name=value`. */
  deviceCookie: string | undefined;
}

/** One sign-in over HTTP as a browser sends it: with its cookies and, behind a proxy, X-Forwarded-For. */
async function signIn(
  t: TestApp,
  email: string,
  password: string,
  headers: { cookie?: string; forwardedFor?: string } = {},
): Promise<Attempt> {
  let req = t.http().post('/graphql').set('content-type', 'application/json');
  if (headers.cookie) req = req.set('cookie', headers.cookie);
  if (headers.forwardedFor) req = req.set('x-forwarded-for', headers.forwardedFor);
  const res = await req.send({ query: print(LoginDocument), variables: { input: { email, password } } });
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  return {
    code: res.body.errors?.[0]?.extensions?.code ?? (res.body.data?.login ? 'OK' : undefined),
    message: res.body.errors?.[0]?.message,
    deviceCookie: cookies.find((c) => c.includes('elinvoima_device='))?.split(';')[0],
  };
}

/** Each sign-in checks a password with argon2 on purpose: tests making dozens of them get room. */
const MANY_SIGN_INS_MS = 30_000;

async function failTimes(
  t: TestApp,
  times: number,
  email: string,
  headers: { cookie?: string; forwardedFor?: string } = {},
): Promise<void> {
  for (let i = 0; i < times; i++) {
    expect((await signIn(t, email, `arvaus-${i}`, headers)).code).toBe(ErrorCode.UNAUTHENTICATED);
  }
}

describe('sign-in protection', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await TestApp.start();
    world = new World(t);
  }, MANY_SIGN_INS_MS);
  afterAll(() => t.close());

  it(
    'checks at most the limit of passwords when many wrong ones arrive at once for one account',
    async () => {
      const user = await world.user();
      const before = passwordChecks();
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) => signIn(t, user.email, `rinnakkainen-${i}`)),
      );
      const checked = passwordChecks() - before;

      expect(checked).toBeLessThanOrEqual(LOGIN_LIMITS.perAccount);
      expect(answers.filter((a) => a.code === ErrorCode.UNAUTHENTICATED)).toHaveLength(checked);
      expect(answers.filter((a) => a.code === ErrorCode.TOO_MANY_REQUESTS)).toHaveLength(20 - checked);
    },
    MANY_SIGN_INS_MS,
  );

  it(
    'lets the owner in on a device they signed in on before while the account is locked out elsewhere',
    async () => {
      const owner = await world.user();
      const first = await signIn(t, owner.email, TEST_PASSWORD);
      expect(first.code).toBe('OK');
      expect(first.deviceCookie).toMatch(/^elinvoima_device=/);

      // Someone else guesses until the account is locked for every client without the device cookie.
      await failTimes(t, LOGIN_LIMITS.perAccount, owner.email);
      const attacker = await signIn(t, owner.email, TEST_PASSWORD);
      expect(attacker.code).toBe(ErrorCode.TOO_MANY_REQUESTS);
      expect(attacker.message).toBe('Liian monta epäonnistunutta kirjautumista. Yritä uudelleen 15 minuutin kuluttua.');

      const again = await signIn(t, owner.email, TEST_PASSWORD, { cookie: first.deviceCookie });
      expect(again.code).toBe('OK');
      // The owner's success does not reopen the account to the guesser.
      expect((await signIn(t, owner.email, 'arvaus-6')).code).toBe(ErrorCode.TOO_MANY_REQUESTS);
      // The device cookie is renewed at every sign-in and the new one works too.
      expect(again.deviceCookie).not.toBe(first.deviceCookie);
      expect((await signIn(t, owner.email, TEST_PASSWORD, { cookie: again.deviceCookie })).code).toBe('OK');
    },
    MANY_SIGN_INS_MS,
  );

  it(
    'counts a known device’s failures on their own and locks out only that device',
    async () => {
      const owner = await world.user();
      const { deviceCookie } = await signIn(t, owner.email, TEST_PASSWORD);
      await failTimes(t, LOGIN_LIMITS.perDevice, owner.email, { cookie: deviceCookie });
      expect((await signIn(t, owner.email, TEST_PASSWORD, { cookie: deviceCookie })).code).toBe(
        ErrorCode.TOO_MANY_REQUESTS,
      );
      // The account itself was not locked by them: a client without that cookie still gets in.
      expect((await signIn(t, owner.email, TEST_PASSWORD)).code).toBe('OK');
    },
    MANY_SIGN_INS_MS,
  );

  it(
    'gives no exemption for a device cookie of another account, or a forged one',
    async () => {
      const owner = await world.user();
      const other = await world.user();
      const othersDevice = (await signIn(t, other.email, TEST_PASSWORD)).deviceCookie!;
      const ownDevice = (await signIn(t, owner.email, TEST_PASSWORD)).deviceCookie!;
      await failTimes(t, LOGIN_LIMITS.perAccount, owner.email);

      expect((await signIn(t, owner.email, TEST_PASSWORD, { cookie: othersDevice })).code).toBe(
        ErrorCode.TOO_MANY_REQUESTS,
      );
      const [name, value] = ownDevice.split('=');
      const [, deviceId, signature] = value.split('.');
      const relabelled = `${name}=${owner.id}.${deviceId}x.${signature}`;
      const claimed = `${name}=${owner.id}.${othersDevice.split('.')[1]}.${othersDevice.split('.')[2]}`;
      expect((await signIn(t, owner.email, TEST_PASSWORD, { cookie: relabelled })).code).toBe(
        ErrorCode.TOO_MANY_REQUESTS,
      );
      expect((await signIn(t, owner.email, TEST_PASSWORD, { cookie: claimed })).code).toBe(ErrorCode.TOO_MANY_REQUESTS);
      expect((await signIn(t, owner.email, TEST_PASSWORD, { cookie: ownDevice })).code).toBe('OK');
    },
    MANY_SIGN_INS_MS,
  );

  it(
    'clears a person’s own failures when they then get the password right',
    async () => {
      const user = await world.user();
      await failTimes(t, LOGIN_LIMITS.perAccount - 1, user.email);
      expect((await signIn(t, user.email, TEST_PASSWORD)).code).toBe('OK');
      // Typos after a success start from zero again.
      await failTimes(t, LOGIN_LIMITS.perAccount - 1, user.email);
      expect((await signIn(t, user.email, TEST_PASSWORD)).code).toBe('OK');
    },
    MANY_SIGN_INS_MS,
  );
});

describe('sign-in protection behind a proxy (TRUST_PROXY=1)', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await TestApp.start({ TRUST_PROXY: '1' });
    world = new World(t);
  }, MANY_SIGN_INS_MS);
  afterAll(() => t.close());

  it(
    'takes the address the proxy saw, so a made-up X-Forwarded-For does not reset the per-address count',
    async () => {
      const victims = await Promise.all(Array.from({ length: LOGIN_LIMITS.perAddress + 1 }, () => world.user()));
      for (let i = 0; i < LOGIN_LIMITS.perAddress; i++) {
        // Each try claims a new client address; the proxy appends the one it really saw.
        const attempt = await signIn(t, victims[i].email, 'arvaus', { forwardedFor: `10.1.${i}.7, 198.51.100.23` });
        expect(attempt.code).toBe(ErrorCode.UNAUTHENTICATED);
      }
      const spoofed = await signIn(t, victims[LOGIN_LIMITS.perAddress].email, TEST_PASSWORD, {
        forwardedFor: '10.99.99.99, 198.51.100.23',
      });
      expect(spoofed.code).toBe(ErrorCode.TOO_MANY_REQUESTS);

      // Another client behind the same proxy is another address and is not held back.
      const neighbour = await signIn(t, victims[LOGIN_LIMITS.perAddress].email, TEST_PASSWORD, {
        forwardedFor: '198.51.100.24',
      });
      expect(neighbour.code).toBe('OK');
    },
    MANY_SIGN_INS_MS,
  );

  it(
    'lets a known device in from an address locked out by others, as in an office behind one address',
    async () => {
      const chair = await world.user();
      const { deviceCookie } = await signIn(t, chair.email, TEST_PASSWORD, { forwardedFor: '203.0.113.50' });
      const colleagues = await Promise.all(Array.from({ length: LOGIN_LIMITS.perAddress }, () => world.user()));
      for (const colleague of colleagues) {
        expect((await signIn(t, colleague.email, 'väärin', { forwardedFor: '203.0.113.50' })).code).toBe(
          ErrorCode.UNAUTHENTICATED,
        );
      }
      expect((await signIn(t, chair.email, TEST_PASSWORD, { forwardedFor: '203.0.113.50' })).code).toBe(
        ErrorCode.TOO_MANY_REQUESTS,
      );
      expect(
        (await signIn(t, chair.email, TEST_PASSWORD, { forwardedFor: '203.0.113.50', cookie: deviceCookie })).code,
      ).toBe('OK');
    },
    MANY_SIGN_INS_MS,
  );
});
