import { ConfigError, loadConfig } from './env.js';

describe('configuration from the environment', () => {
  it('has working defaults for a development machine', () => {
    const config = loadConfig({}, '/repo');
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, seedDemo: true, dataDir: '/repo/.data' });
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
