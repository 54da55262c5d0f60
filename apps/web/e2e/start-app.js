// Starts the built app on a fresh embedded database with the demo world, as `npm start` would.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'elinvoima-e2e-'));
chmodSync(dataDir, 0o755);
const app = spawn(process.execPath, ['apps/api/dist/apps/api/src/main.js'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
app.on('exit', (code) => {
  // The database lived only for this run.
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
