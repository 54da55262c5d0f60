import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR } from './support/paths.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

/** Where a frame's code comes from: a package, the app's own code, Node itself or the engine. */
function owner(url: string): string {
  if (!url) return '(engine, garbage collection, idle)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return 'node';
  if (url.includes('/apps/api/')) return 'app';
  return url;
}

/** Self time of the newest CPU profile in .bench/profiles, by package and by function. */
function main(): void {
  const dir = join(BENCH_DIR, 'profiles');
  const file =
    process.argv[2] ??
    join(
      dir,
      readdirSync(dir)
        .filter((f) => f.endsWith('.cpuprofile'))
        .sort((a, b) => statSync(join(dir, b)).mtimeMs - statSync(join(dir, a)).mtimeMs)[0],
    );
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[] };
  const hits = new Map<number, number>();
  for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
  const total = profile.samples.length;
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const n = hits.get(node.id) ?? 0;
    if (!n) continue;
    const who = node.callFrame.functionName === '(idle)' ? '(idle)' : owner(node.callFrame.url);
    byOwner.set(who, (byOwner.get(who) ?? 0) + n);
    const fn = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.replace(/.*node_modules\//, '')}:${node.callFrame.lineNumber}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + n);
  }
  const show = (title: string, map: Map<string, number>, limit: number) => {
    console.log(`\n${title}`);
    for (const [name, n] of [...map].sort((a, b) => b[1] - a[1]).slice(0, limit))
      console.log(`${((n / total) * 100).toFixed(1).padStart(5)} %  ${name}`);
  };
  console.log(file);
  show('self time by package', byOwner, 25);
  show('self time by function', byFunction, 30);
}

main();
