import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsProject } from '../../jest.preset.js';

export default tsProject(dirname(fileURLToPath(import.meta.url)), {
  displayName: 'domain',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
});
