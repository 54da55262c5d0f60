import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsProject } from '../../jest.preset.js';

export default tsProject(dirname(fileURLToPath(import.meta.url)), {
  displayName: 'api',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.js',
  globalTeardown: '<rootDir>/test/support/global-teardown.js',
  testTimeout: 30000,
});
