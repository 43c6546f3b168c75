import { ConfigError, loadConfig, redactedConfig } from './load-config';
import { ServiceConfig } from './service-config';

const validEnv = {
  NODE_ID: 'nanjing-gulou',
  COUNTY_CODES: '320106, 320102',
  HTTP_PORT: '3101',
  DATABASE_HOST: '127.0.0.1',
  DATABASE_USER: 'tongban',
  DATABASE_PASSWORD: 'very-secret-password',
  DATABASE_NAME: 'tongban_nanjing',
  KAFKA_BROKERS: '127.0.0.1:9092,127.0.0.2:9092',
  S3_ENDPOINT: 'http://127.0.0.1:9000',
  S3_ACCESS_KEY: 'tongban',
  S3_SECRET_KEY: 'another-secret',
  STAFF_TOKEN_SECRET: 'a-staff-token-secret-of-at-least-32-chars',
  DATA_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
  DATA_LOOKUP_KEY: Buffer.alloc(32, 8).toString('base64'),
};

describe('loadConfig', () => {
  it('turns a valid environment into a typed config with defaults', () => {
    const config = loadConfig(ServiceConfig, validEnv);
    expect(config.COUNTY_CODES).toEqual(['320106', '320102']);
    expect(config.KAFKA_BROKERS).toEqual(['127.0.0.1:9092', '127.0.0.2:9092']);
    expect(config.HTTP_PORT).toBe(3101);
    expect(config.DATABASE_PORT).toBe(5432);
    expect(config.documentBucket()).toBe('tongban-nanjing-gulou');
  });

  it('names every missing or malformed variable at once', () => {
    const { DATABASE_HOST: _missing, ...env } = validEnv;
    let error: unknown;
    try {
      loadConfig(ServiceConfig, {
        ...env,
        COUNTY_CODES: '32010',
        HTTP_PORT: 'eighty',
        KAFKA_BROKERS: 'localhost',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/DATABASE_HOST: .* \(missing\)/);
    expect(problems).toMatch(/COUNTY_CODES: each county code must be 6 digits/);
    expect(problems).toMatch(/HTTP_PORT: .*integer/);
    expect(problems).toMatch(/KAFKA_BROKERS: each broker must be host:port/);
  });

  it('never prints a secret, neither in errors nor in the loggable view', () => {
    let error: unknown;
    try {
      loadConfig(ServiceConfig, { ...validEnv, NODE_ID: 'Bad Id', S3_SECRET_KEY: '' });
    } catch (caught) {
      error = caught;
    }
    expect((error as Error).message).toMatch(/S3_SECRET_KEY: .*\(value hidden\)/);
    const shown = JSON.stringify(redactedConfig(loadConfig(ServiceConfig, validEnv)));
    expect(shown).not.toContain('very-secret-password');
    expect(shown).not.toContain('another-secret');
    expect(shown).not.toContain(validEnv.DATA_ENCRYPTION_KEYS.slice(3));
    expect(shown).not.toContain(validEnv.DATA_LOOKUP_KEY);
    expect(shown).toContain('nanjing-gulou');
  });

  it('limits public endpoints to 60 a minute and ignores X-Forwarded-For unless told', () => {
    const config = loadConfig(ServiceConfig, validEnv);
    expect(config.PUBLIC_RATE_LIMIT_PER_MINUTE).toBe(60);
    expect(config.HTTP_TRUST_PROXY).toBe(false);
    const behindProxy = loadConfig(ServiceConfig, {
      ...validEnv,
      PUBLIC_RATE_LIMIT_PER_MINUTE: '5',
      HTTP_TRUST_PROXY: 'true',
    });
    expect(behindProxy.PUBLIC_RATE_LIMIT_PER_MINUTE).toBe(5);
    expect(behindProxy.HTTP_TRUST_PROXY).toBe(true);
    expect(
      loadConfig(ServiceConfig, { ...validEnv, HTTP_TRUST_PROXY: 'false' }).HTTP_TRUST_PROXY,
    ).toBe(false);
  });

  it('refuses a trust-proxy setting that is not true or false, and a limit below 1', () => {
    let error: unknown;
    try {
      loadConfig(ServiceConfig, {
        ...validEnv,
        HTTP_TRUST_PROXY: 'yes',
        PUBLIC_RATE_LIMIT_PER_MINUTE: '0',
      });
    } catch (caught) {
      error = caught;
    }
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/HTTP_TRUST_PROXY: must be true or false \(got "yes"\)/);
    expect(problems).toMatch(/PUBLIC_RATE_LIMIT_PER_MINUTE: .*not be less than 1 \(got "0"\)/);
  });
});
