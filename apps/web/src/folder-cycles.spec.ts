import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folder → the folders its source files import from, read from the relative imports (tests left out). */
function folderGraph(root: string): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
    (f) => /\.tsx?$/.test(f) && !/\.spec\.tsx?$/.test(f),
  );
  for (const file of files) {
    const folder = dirname(file).split(sep).join('/');
    const targets = graph.get(folder) ?? new Set<string>();
    graph.set(folder, targets);
    const source = readFileSync(join(root, file), 'utf8');
    for (const [, path] of source.matchAll(/(?:from|import)\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = posix.dirname(posix.join(folder, path));
      if (target !== folder) targets.add(target);
    }
  }
  return graph;
}

/** The first cycle found, as the folders along it (`a → b → a`), or null when there is none. */
function findCycle(graph: Map<string, Set<string>>): string[] | null {
  const done = new Set<string>();
  const path: string[] = [];
  function visit(folder: string): string[] | null {
    if (path.includes(folder)) return [...path.slice(path.indexOf(folder)), folder];
    if (done.has(folder)) return null;
    path.push(folder);
    for (const next of graph.get(folder) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    done.add(folder);
    return null;
  }
  for (const folder of graph.keys()) {
    const cycle = visit(folder);
    if (cycle) return cycle;
  }
  return null;
}

describe('folders of the web client', () => {
  it('finds a cycle through several folders, and none in a tree', () => {
    const graph = (edges: Record<string, string[]>) =>
      new Map(Object.entries(edges).map(([from, to]) => [from, new Set(to)]));
    expect(findCycle(graph({ app: ['ui', 'frame'], frame: ['auth'], auth: ['ui', 'frame'], ui: [] }))).toEqual([
      'frame',
      'auth',
      'frame',
    ]);
    expect(findCycle(graph({ app: ['ui', 'frame'], frame: ['auth', 'ui'], auth: ['ui'], ui: [] }))).toBeNull();
  });

  const src = folderGraph(dirname(fileURLToPath(import.meta.url)));

  it('are read from the relative imports of the source files', () => {
    expect([...(src.get('frame') ?? [])].sort()).toEqual(['features/auth', 'features/search', 'i18n', 'ui']);
  });

  it('import one another without a cycle', () => {
    expect(findCycle(src)).toBeNull();
  });
});
