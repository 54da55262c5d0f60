import { ConfigError, configWarnings, loadConfig } from './env.js';

describe('configuration from the environment', () => {
  it('has working defaults for a development machine', () => {
    const config = loadConfig({}, '/repo');
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, seedDemo: true, dataDir: '/repo/.data' });
    // Without a mail server, invitations wait in the outbox; links point at this machine.
    expect(config).toMatchObject({
      smtpUrl: undefined,
      publicUrl: 'http://localhost:3000',
      mailFrom: 'Elinvoima <noreply@localhost>',
    });
  });

  it('reads where mail goes and where links point', () => {
    const config = loadConfig({
      SMTP_URL: 'smtp://user:pw@mail.vesanto.fi:587',
      PUBLIC_URL: 'https://elinvoima.vesanto.fi/',
      MAIL_FROM: 'Elinvoimaryhmä <elinvoima@vesanto.fi>',
    });
    expect(config).toMatchObject({
      smtpUrl: 'smtp://user:pw@mail.vesanto.fi:587',
      publicUrl: 'https://elinvoima.vesanto.fi',
      mailFrom: 'Elinvoimaryhmä <elinvoima@vesanto.fi>',
    });
    const attempt = () => loadConfig({ SMTP_URL: 'mail.vesanto.fi', PUBLIC_URL: 'ftp://x', MAIL_FROM: 'ei osoite' });
    expect(attempt).toThrow(/SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/);
    expect(attempt).toThrow(/PUBLIC_URL must be an http:\/\/ or https:\/\/ URL/);
    expect(attempt).toThrow(/MAIL_FROM must be an address/);
  });

  it("names an accessibility feedback address, the deployment's own or one at its host", () => {
    expect(loadConfig({ PUBLIC_URL: 'https://elinvoima.vesanto.fi' }).accessibilityFeedbackEmail).toBe(
      'saavutettavuus@elinvoima.vesanto.fi',
    );
    const configured = loadConfig({ ACCESSIBILITY_FEEDBACK_EMAIL: ' kirjaamo@vesanto.fi ' });
    expect(configured.accessibilityFeedbackEmail).toBe('kirjaamo@vesanto.fi');
    expect(() => loadConfig({ ACCESSIBILITY_FEEDBACK_EMAIL: 'kirjaamo' })).toThrow(
      /ACCESSIBILITY_FEEDBACK_EMAIL must be an address/,
    );
  });

  it('loads no demo accounts into an external database unless asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://db/elinvoima' }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/elinvoima', SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it('stops with a clear message listing every wrong value', () => {
    const attempt = () => loadConfig({ PORT: 'kolmetuhatta', DATABASE_URL: 'mysql://x', NODE_ENV: 'production' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT must be a whole number from 1 to 65535 \(got "kolmetuhatta"\)/);
    expect(attempt).toThrow(/DATABASE_URL must be a postgres:\/\//);
    expect(attempt).toThrow(/SESSION_SECRET must be set/);
  });

  it('trusts as many proxies as told, with true meaning one', () => {
    expect(loadConfig({}).trustProxy).toBe(0);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(0);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(() => loadConfig({ TRUST_PROXY: 'kaikki' })).toThrow(
      /TRUST_PROXY must be the number of proxies in front of the app, 0 to 10, or true \(one\) or false \(none\) \(got "kaikki"\)/,
    );
  });

  it('ends sessions after 30 days however much they are used, unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({ sessionTtlHours: 336, sessionMaxHours: 720 });
    expect(loadConfig({ SESSION_MAX_HOURS: '12' }).sessionMaxHours).toBe(12);
    expect(() => loadConfig({ SESSION_MAX_HOURS: '0' })).toThrow(
      /SESSION_MAX_HOURS must be a whole number from 1 to 8760/,
    );
  });

  it('makes cookies Secure in production, and warns loudly when that is turned off', () => {
    const production = {
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(32),
      PUBLIC_URL: 'https://elinvoima.vesanto.fi',
    };
    expect(loadConfig({}).secureCookies).toBe(false);
    expect(loadConfig(production).secureCookies).toBe(true);
    expect(configWarnings(loadConfig(production))).toEqual([]);

    const localTest = loadConfig({ ...production, PUBLIC_URL: 'http://localhost:3000', COOKIE_SECURE: 'false' });
    expect(localTest.secureCookies).toBe(false);
    expect(configWarnings(localTest)).toEqual([
      expect.stringMatching(/^COOKIE_SECURE=false: session cookies are sent over plain HTTP too/),
    ]);
    // Over HTTPS there is nothing to test without Secure: refused.
    expect(() => loadConfig({ ...production, COOKIE_SECURE: 'false' })).toThrow(
      /COOKIE_SECURE=false is only for a test over plain HTTP, but PUBLIC_URL is https:\/\//,
    );
    // Secure cookies on a plain-HTTP address other than localhost would never come back.
    expect(configWarnings(loadConfig({ ...production, PUBLIC_URL: 'http://elinvoima.vesanto.fi' }))).toEqual([
      expect.stringMatching(/plain HTTP: browsers will not keep the Secure session cookie/),
    ]);
    expect(configWarnings(loadConfig({ ...production, PUBLIC_URL: 'http://localhost:3000' }))).toEqual([]);
  });
});
