import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cyclesOf, folderGraph, type SourceFile, sourceFiles } from './support/source-graph.js';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '../src');

/** Folders every domain may build on; they build on no domain. */
const INFRASTRUCTURE = ['access', 'auth', 'common', 'config', 'context', 'database', 'graphql', 'http', 'i18n'];

/** The files (paths under src/) where `pattern` occurs, once per occurrence. */
function occurrences(files: SourceFile[], pattern: RegExp): string[] {
  return files.flatMap((file) => [...file.text.matchAll(pattern)].map(() => file.path));
}

describe('the access rules', () => {
  // The access folder's own spec writes the rules out to compare them with PostgreSQL's answers.
  const files = sourceFiles(SRC).filter((file) => !/^access\/.*\.spec\.ts$/.test(file.path));

  it('say once, in access/, which membership is in force', () => {
    expect(occurrences(files, /\buntil\s+IS\s+NULL\b/gi)).toEqual(['access/memberships.ts']);
  });

  it('turn the managing roles into SQL once, in access/, and name no role by hand', () => {
    expect(occurrences(files, /\bMANAGING_ROLES\.map\(/g)).toEqual(['access/roles.ts']);
    expect(occurrences(files, /\bisManagingRole\(/g)).toEqual(['access/roles.ts']);
    expect(occurrences(files, /['"`](CHAIR|SECRETARY)['"`]/g)).toEqual([]);
  });
});

describe('the folders of the API', () => {
  const graph = folderGraph(SRC);

  it('import each other without a cycle', () => {
    expect(cyclesOf(graph)).toEqual([]);
  });

  it('build infrastructure on infrastructure only: common, auth and the rest import no domain', () => {
    const intoDomains = INFRASTRUCTURE.flatMap((folder) =>
      [...(graph.get(folder)?.entries() ?? [])].filter(([to]) => !INFRASTRUCTURE.includes(to)).map(([, why]) => why[0]),
    );
    expect(intoDomains).toEqual([]);
  });

  it('are found by the graph, with the imports that tie them', () => {
    // The check above is only as good as the graph: it must see the app's real edges.
    expect(graph.get('meetings')?.get('common')?.length).toBeGreaterThan(0);
    const twoFolders = new Map([
      ['a', new Map([['b', ['a/x.ts → ../b/y.js']]])],
      ['b', new Map([['a', ['b/y.ts → ../a/x.js']]])],
    ]);
    expect(cyclesOf(twoFolders)).toEqual([['a → b (a/x.ts → ../b/y.js)', 'b → a (b/y.ts → ../a/x.js)']]);
  });
});
