import { ConfigError, loadConfig } from './env.js';

describe('configuration from the environment', () => {
  it('has working defaults for a development machine', () => {
    const config = loadConfig({}, '/repo');
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, seedDemo: true, dataDir: '/repo/.data' });
    // Without a mail server, invitations wait in the outbox; links point at this machine.
    expect(config).toMatchObject({ smtpUrl: undefined, publicUrl: 'http://localhost:3000', mailFrom: 'Elinvoima <noreply@localhost>' });
  });

  it('reads where mail goes and where links point', () => {
    const config = loadConfig({ SMTP_URL: 'smtp://user:pw@mail.vesanto.fi:587', PUBLIC_URL: 'https://elinvoima.vesanto.fi/', MAIL_FROM: 'Elinvoimaryhmä <elinvoima@vesanto.fi>' });
    expect(config).toMatchObject({ smtpUrl: 'smtp://user:pw@mail.vesanto.fi:587', publicUrl: 'https://elinvoima.vesanto.fi', mailFrom: 'Elinvoimaryhmä <elinvoima@vesanto.fi>' });
    const attempt = () => loadConfig({ SMTP_URL: 'mail.vesanto.fi', PUBLIC_URL: 'ftp://x', MAIL_FROM: 'ei osoite' });
    expect(attempt).toThrow(/SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/);
    expect(attempt).toThrow(/PUBLIC_URL must be an http:\/\/ or https:\/\/ URL/);
    expect(attempt).toThrow(/MAIL_FROM must be an address/);
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
});
