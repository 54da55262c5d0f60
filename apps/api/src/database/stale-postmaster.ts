import { existsSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { logger } from '../common/logger.js';

/** Whether this system shows processes under /proc (Linux): without it, PostgreSQL's own lock check decides. */
const HAS_PROC = existsSync('/proc/self/cwd');

interface LockFile {
  pid: number;
  port: number | null;
}

/** `postmaster.pid`: its first line is the server's pid, its fourth the port. */
function readLockFile(dataDir: string): LockFile | null {
  let text: string;
  try {
    text = readFileSync(join(dataDir, 'postmaster.pid'), 'utf8');
  } catch {
    return null;
  }
  const lines = text.split('\n');
  const pid = Number.parseInt(lines[0] ?? '', 10);
  return Number.isInteger(pid) && pid > 0 ? { pid, port: Number.parseInt(lines[3] ?? '', 10) || null } : null;
}

function statOf(pid: number): { state: string; ppid: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (command) state ppid ...": the command may itself hold spaces and parentheses.
    const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: state ?? '', ppid: Number(ppid) };
  } catch {
    return null;
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

function isAlive(pid: number): boolean {
  const stat = statOf(pid);
  if (stat) return stat.state !== 'Z' && stat.state !== 'X';
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** PostgreSQL processes working in `dataDir`: the postmaster and every child of it change into it. */
function serverProcesses(dataDir: string): number[] {
  if (!HAS_PROC) return [];
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    try {
      if (readlinkSync(`/proc/${pid}/cwd`) === dataDir && commandOf(pid).startsWith('postgres') && isAlive(pid))
        found.push(pid);
    } catch {
      // gone meanwhile, or not ours to look at
    }
  }
  return found;
}

/** The running program the server still belongs to: its parent, while that is a live Node.js process. */
function runningOwner(pid: number): number | null {
  const ppid = statOf(pid)?.ppid;
  if (!ppid || !isAlive(ppid)) return null;
  return commandOf(ppid).startsWith('node') ? ppid : null;
}

async function endedWithin(pid: number, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await sleep(100)) {
    if (!isAlive(pid)) return true;
  }
  return !isAlive(pid);
}

/** Signals `pid` step by step until it is gone; `null` only waits. */
async function endProcess(pid: number, steps: [NodeJS.Signals | null, number][]): Promise<boolean> {
  for (const [signal, wait] of steps) {
    if (!isAlive(pid)) return true;
    try {
      if (signal) process.kill(pid, signal);
    } catch {
      return !isAlive(pid);
    }
    if (await endedWithin(pid, wait)) return true;
  }
  return false;
}

/**
 * Makes `dataDir` startable after the app was killed without stopping its server (kill -9, a
 * crash, a power-cut container): a postmaster of this data directory whose program is gone is
 * stopped as a normal shutdown would (open transactions rolled back, nothing committed lost), its
 * leftover children are waited for, and a lock file naming some other process is removed. A
 * server whose program still runs is left alone: two apps must not share one data directory.
 */
export async function recoverStaleServer(dataDir: string): Promise<void> {
  const lock = readLockFile(dataDir);
  if (!lock || !HAS_PROC) return;
  const dir = realpathSync(dataDir);
  if (serverProcesses(dir).includes(lock.pid)) {
    const owner = runningOwner(lock.pid);
    if (owner !== null) {
      throw new Error(
        `the PostgreSQL in ${dataDir} (process ${lock.pid}) belongs to a program that is still running (process ${owner}): stop it first, or give this one its own DATA_DIR`,
      );
    }
    logger.warn(
      { postmasterPid: lock.pid, port: lock.port, dataDir },
      'stopping the embedded PostgreSQL an earlier run left behind',
    );
    const stopped = await endProcess(lock.pid, [
      ['SIGINT', 15_000],
      ['SIGQUIT', 5000],
      ['SIGKILL', 5000],
    ]);
    if (!stopped)
      throw new Error(`the PostgreSQL an earlier run left in ${dataDir} (process ${lock.pid}) does not stop`);
  }
  // Children of a postmaster that died by SIGKILL notice and exit; they must be gone before a new one starts.
  const leftovers = serverProcesses(dir);
  if (leftovers.length) {
    logger.warn({ pids: leftovers, dataDir }, 'waiting for the processes of a stopped PostgreSQL to end');
    await Promise.all(
      leftovers.map((pid) =>
        endProcess(pid, [
          [null, 5000],
          ['SIGKILL', 5000],
        ]),
      ),
    );
  }
  // A dead pid's lock file PostgreSQL clears itself; one naming a live stranger (a reused pid) it may not.
  if (isAlive(lock.pid) && readLockFile(dataDir)?.pid === lock.pid && !serverProcesses(dir).length) {
    logger.warn(
      { postmasterPid: lock.pid, dataDir },
      'removing a stale postmaster.pid: its process is not a PostgreSQL of this data directory',
    );
    rmSync(join(dataDir, 'postmaster.pid'), { force: true });
  }
}
