import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { DEMO, PASSWORD } from './support';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const port = Number(process.env.E2E_PORT ?? 3310) + 1;

/** The built app as `npm start` runs it, on its own data folder and port. */
function startApp(dataDir: string): ChildProcess {
  return spawn(process.execPath, ['apps/api/dist/apps/api/src/main.js'], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
  });
}

async function healthy(): Promise<boolean> {
  try {
    return (await fetch(`http://localhost:${port}/health`)).status === 200;
  } catch {
    return false;
  }
}

const exited = (app: ChildProcess) =>
  new Promise<void>((resolve) => (app.exitCode !== null ? resolve() : app.once('exit', () => resolve())));

test('after the app is killed with SIGKILL, the next start recovers its database and data', async () => {
  test.setTimeout(180_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'elinvoima-restart-'));
  chmodSync(dataDir, 0o755);
  let app = startApp(dataDir);
  try {
    await expect.poll(healthy, { timeout: 90_000, intervals: [500] }).toBe(true);
    // No chance to stop its embedded PostgreSQL: the server is left running without its app.
    app.kill('SIGKILL');
    await exited(app);

    app = startApp(dataDir);
    await expect.poll(healthy, { timeout: 90_000, intervals: [500] }).toBe(true);
    const signIn = await fetch(`http://localhost:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i: LoginInput!) { login(input: $i) { user { name } } }',
        variables: { i: { email: DEMO.chair, password: PASSWORD } },
      }),
    });
    expect((await signIn.json()).data.login.user.name).toBe('Marja Hakkarainen');
  } finally {
    app.kill('SIGTERM');
    await exited(app);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
