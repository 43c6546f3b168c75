// Integration tier: real PostgreSQL, Kafka and S3 over the network, endpoints from the
// environment (see deploy/local). Files run in parallel; each isolates itself with its own
// node id, database, topics and bucket.
/** @type {import('jest').Config} */
module.exports = {
  ...require('./jest.preset'),
  displayName: 'integration',
  testMatch: ['<rootDir>/{apps,libs,e2e}/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/libs/testing/src/global-setup.js',
  testTimeout: 60_000,
  maxWorkers: 2,
};
