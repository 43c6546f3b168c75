// Integration tests need real servers. Fail once, up front, with the fix — not 40 times
// with connection errors.
const required = [
  'DATABASE_HOST',
  'DATABASE_PORT',
  'DATABASE_USER',
  'DATABASE_PASSWORD',
  'KAFKA_BROKERS',
  'S3_ENDPOINT',
  'S3_ACCESS_KEY',
  'S3_SECRET_KEY',
];

module.exports = async () => {
  const missing = required.filter((name) => !process.env[name]);
  if (missing.length > 0) {
    throw new Error(
      `integration tests need real PostgreSQL, Kafka and S3; missing ${missing.join(', ')}.\n` +
        'Run them through `npm test` (starts deploy/local servers), or `npm run infra:up && source .infra/env`.',
    );
  }
};
