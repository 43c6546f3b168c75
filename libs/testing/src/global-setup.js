// Integration tests need real servers. Fail once, up front, with the fix — not 40 times
// with connection errors.
const required = [
  'DATABASE_HOST',
  'DATABASE_PORT',
  'DATABASE_USER',
  'DATABASE_PASSWORD',
  'KAFKA_BROKERS',
  'KAFKA_TLS_CA_FILE',
  'KAFKA_PKI_DIR',
  'KAFKA_ADMIN_TLS_CERT_FILE',
  'KAFKA_ADMIN_TLS_KEY_FILE',
  'S3_ENDPOINT',
  'S3_ACCESS_KEY',
  'S3_SECRET_KEY',
];

const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

module.exports = async () => {
  const missing = required.filter((name) => !process.env[name]);
  if (missing.length > 0) {
    throw new Error(
      `integration tests need real PostgreSQL, Kafka and S3; missing ${missing.join(', ')}.\n` +
        'Run them through `npm test` (starts deploy/local servers), or `npm run infra:up && source .infra/env`.',
    );
  }
  // One claims directory per run: randomCountyCode() never hands two test files one county.
  // Workers start after this and inherit the variable (test-node.ts: COUNTY_CLAIMS_VARIABLE).
  process.env.TONGBAN_TEST_COUNTY_CLAIMS = mkdtempSync(join(tmpdir(), 'tongban-counties-'));
};
