/** One `npm test` for every workspace, one summary. Each project keeps its own config. */
export default {
  projects: ['<rootDir>/libs/domain', '<rootDir>/apps/api', '<rootDir>/apps/web'],
};
