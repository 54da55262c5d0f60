/** Shared jest settings: TypeScript as ES modules, shared libraries from their sources. */
export function tsProject(rootDir, overrides = {}) {
  return {
    rootDir,
    testEnvironment: 'node',
    extensionsToTreatAsEsm: ['.ts', '.tsx'],
    moduleNameMapper: {
      '^@elinvoima/domain$': '<rootDir>/../../libs/domain/src/index.ts',
      '^@elinvoima/graphql$': '<rootDir>/../../libs/graphql/src/index.ts',
      '^(\\.{1,2}/.*)\\.js$': '$1',
    },
    transform: {
      '^.+\\.tsx?$': ['ts-jest', { useESM: true, tsconfig: `${rootDir}/tsconfig.json`, diagnostics: false }],
    },
    ...overrides,
  };
}
