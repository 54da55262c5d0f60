import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRepoRoot } from '../src/config/repo-root.js';
import { FEATURE_MODULES, routePrefixes } from '../src/feature-modules.js';
import { TestApp } from './support/test-app.js';

describe('the built web client', () => {
  let t: TestApp;
  const script = `export const agenda = ${JSON.stringify(Array.from({ length: 500 }, (_, i) => `§ ${i} Ajankohtaisia asioita`))};\n`;

  let dist: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'elinvoima-web-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><script type="module" src="/assets/index-abc123.js"></script>',
    );
    writeFileSync(join(dist, 'assets/index-abc123.js'), script);
    t = await TestApp.start({}, { webDistDir: dist });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('sends its scripts brotli-compressed to browsers that accept it, cached for a year', async () => {
    const res = await t.http().get('/assets/index-abc123.js').set('accept-encoding', 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // What travels is the compressed length; the client (supertest too) unpacks the script itself.
    expect(Number(res.headers['content-length'])).toBeLessThan(script.length / 5);
    expect(res.text).toBe(script);
  });

  it('sends them gzipped to clients without brotli', async () => {
    const res = await t.http().get('/assets/index-abc123.js').set('accept-encoding', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(Number(res.headers['content-length'])).toBeLessThan(script.length / 5);
    expect(res.text).toBe(script);
  });

  it('sends them as they are to clients without gzip, and the app for its routes', async () => {
    const plain = await t.http().get('/assets/index-abc123.js').set('accept-encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(script);
    const route = await t.http().get('/ryhmat/x/kokoukset').set('accept', 'text/html');
    expect(route.text).toContain('/assets/index-abc123.js');
    expect(
      (await t.http().get('/assets/../index.html').set('accept-encoding', 'gzip')).headers['content-encoding'],
    ).toBeUndefined();
  });
});

describe('robots.txt', () => {
  it("keeps crawlers out of every route that is not one of the web client's pages", () => {
    const robots = readFileSync(join(findRepoRoot(), 'apps/web/public/robots.txt'), 'utf8');
    const disallowed = robots.match(/^Disallow: .+$/gm)?.map((line) => line.slice('Disallow: '.length));
    expect(disallowed?.sort()).toEqual(['/graphql', ...routePrefixes(FEATURE_MODULES)].sort());
  });
});
