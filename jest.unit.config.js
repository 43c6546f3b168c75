// Unit tier: pure and fast, no servers.
/** @type {import('jest').Config} */
module.exports = {
  ...require('./jest.preset'),
  displayName: 'unit',
  testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'],
};
