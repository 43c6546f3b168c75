/** Endpoints of the real servers the integration tier talks to, read from the environment. */
export interface InfrastructureEnv {
  DATABASE_HOST: string;
  DATABASE_PORT: string;
  DATABASE_USER: string;
  DATABASE_PASSWORD: string;
  KAFKA_BROKERS: string;
  /** The cluster CA: the broker is closed (mutual TLS), each node shows its certificate. */
  KAFKA_TLS_CA_FILE: string;
  S3_ENDPOINT: string;
  S3_ACCESS_KEY: string;
  S3_SECRET_KEY: string;
  S3_REGION: string;
}

/** The infrastructure endpoints; throws naming what is missing (no in-memory fallbacks). */
export function infrastructureEnv(): InfrastructureEnv {
  const read = (name: keyof InfrastructureEnv, fallback?: string) => {
    const value = process.env[name] ?? fallback;
    if (!value) throw new Error(`${name} is not set: integration tests need real infrastructure`);
    return value;
  };
  return {
    DATABASE_HOST: read('DATABASE_HOST'),
    DATABASE_PORT: read('DATABASE_PORT'),
    DATABASE_USER: read('DATABASE_USER'),
    DATABASE_PASSWORD: read('DATABASE_PASSWORD'),
    KAFKA_BROKERS: read('KAFKA_BROKERS'),
    KAFKA_TLS_CA_FILE: read('KAFKA_TLS_CA_FILE'),
    S3_ENDPOINT: read('S3_ENDPOINT'),
    S3_ACCESS_KEY: read('S3_ACCESS_KEY'),
    S3_SECRET_KEY: read('S3_SECRET_KEY'),
    S3_REGION: read('S3_REGION', 'us-east-1'),
  };
}
