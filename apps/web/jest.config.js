import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsProject } from '../../jest.preset.js';

const project = tsProject(dirname(fileURLToPath(import.meta.url)), {
  displayName: 'web',
  // Components render into Happy DOM, a browser's document without the browser.
  testEnvironment: '@happy-dom/jest-environment',
  testEnvironmentOptions: { url: 'http://localhost/' },
  testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'],
});

// Stylesheets are Vite's to bundle; in tests they are empty modules.
export default {
  ...project,
  moduleNameMapper: { '\\.css$': '<rootDir>/src/test/no-style.ts', ...project.moduleNameMapper },
};
