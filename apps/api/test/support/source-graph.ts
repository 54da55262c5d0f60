import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** A source file under a root folder: its path from the root, with `/`, and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** Every TypeScript file under `root`, specs included, in a stable order. */
export function sourceFiles(root: string): SourceFile[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((entry) => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(path);
        return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
      });
  return walk(root).map((path) => ({
    path: relative(root, path).split(sep).join('/'),
    text: readFileSync(path, 'utf8'),
  }));
}

/** The top folder of a path under the root; files at the root itself belong to `.`. */
export function folderOf(path: string): string {
  return path.includes('/') ? path.slice(0, path.indexOf('/')) : '.';
}

/** Folder → the folders it imports from → the imports that say so (`file → specifier`). */
export type FolderGraph = Map<string, Map<string, string[]>>;

const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/**
 * The graph of a source tree's top folders from its relative imports (type-only ones too: a type
 * ties folders as much as a value). Imports that leave the root are not edges.
 */
export function folderGraph(root: string, files: SourceFile[] = sourceFiles(root)): FolderGraph {
  const graph: FolderGraph = new Map();
  for (const file of files) {
    const from = folderOf(file.path);
    if (!graph.has(from)) graph.set(from, new Map());
    for (const [, specifier] of file.text.matchAll(RELATIVE_IMPORT)) {
      const target = relative(root, resolve(root, dirname(file.path), specifier))
        .split(sep)
        .join('/');
      if (target.startsWith('..')) continue;
      const to = folderOf(target);
      if (to === from) continue;
      const edges = graph.get(from)!;
      edges.set(to, [...(edges.get(to) ?? []), `${file.path} → ${specifier}`]);
    }
  }
  return graph;
}

/**
 * The graph's cycles: each group of folders that reach one another (Tarjan's strongly connected
 * components), as the imports between its members, `a → b (file → specifier)`. Every one of them
 * lies on a cycle; an acyclic graph has none.
 */
export function cyclesOf(graph: FolderGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const groups: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        group.push(member);
      } while (member !== node);
      if (group.length > 1) groups.push(group);
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return groups.map((group) =>
    group.sort().flatMap((from) =>
      [...graph.get(from)!.entries()]
        .filter(([to]) => group.includes(to))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([to, why]) => `${from} → ${to} (${why[0]})`),
    ),
  );
}
