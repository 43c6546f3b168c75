/** Data keys for configurations that read and write no personal field (schema tools, units). */
export const FIXED_DATA_KEYS = {
  DATA_ENCRYPTION_KEYS: `fixed:${Buffer.alloc(32, 1).toString('base64')}`,
  DATA_LOOKUP_KEY: Buffer.alloc(32, 2).toString('base64'),
};

/**
 * A complete, valid environment for any service's configuration class, for unit tests of
 * configuration: nothing in it is contacted. Override or add variables per test.
 */
export function aServiceEnvironment(
  overrides: Record<string, string> = {},
): Record<string, string> {
  return {
    NODE_ID: 'unit-node',
    COUNTY_CODES: '320106,320102',
    HTTP_PORT: '3000',
    DATABASE_HOST: 'db',
    DATABASE_USER: 'tongban',
    DATABASE_PASSWORD: 'db-password',
    DATABASE_NAME: 'tongban',
    KAFKA_BROKERS: 'kafka:9092',
    S3_ENDPOINT: 'http://s3:9000',
    S3_ACCESS_KEY: 'access',
    S3_SECRET_KEY: 'secret-key',
    STAFF_TOKEN_SECRET: 'x'.repeat(32),
    ...FIXED_DATA_KEYS,
    ...overrides,
  };
}
