import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type SourceFile, sourceFiles } from './support/source-graph.js';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '../src');

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
