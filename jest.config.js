/** One `npm test` for every workspace, one summary. Each project keeps its own config. */
export default {
  projects: ['<rootDir>/libs/domain', '<rootDir>/apps/api', '<rootDir>/apps/web'],
  // A global option: set in a project's config it is ignored when jest runs from here.
  testTimeout: 30000,
};
