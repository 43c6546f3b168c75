import { Transform, Type } from 'class-transformer';
import {
  ArrayNotEmpty,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';
import { ConfigVariable } from './config-variable.decorator';

/** "true"/"false" as a boolean; anything else stays text so validation quotes it back. */
export const parseBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

const splitList = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
    : value;

/**
 * Variables every service of a county node reads. Each app extends this class with its own
 * variables, so that one validated class describes one app's whole environment.
 */
export class ServiceConfig {
  @ConfigVariable({
    group: 'node',
    description: 'Id of this county node; prefixes its topics, database and bucket',
  })
  @Matches(/^[a-z][a-z0-9-]{1,30}$/, {
    message: 'must be lowercase letters, digits and dashes (2-31 chars)',
  })
  NODE_ID!: string;

  @ConfigVariable({
    group: 'node',
    description: 'Comma-separated 6-digit county codes (GB/T 2260) this node serves',
  })
  @Transform(splitList)
  @ArrayNotEmpty({ message: 'must list at least one county code' })
  @Matches(/^\d{6}$/, { each: true, message: 'each county code must be 6 digits' })
  COUNTY_CODES!: string[];

  @ConfigVariable({ group: 'http', description: 'HTTP port of this service' })
  @Type(() => Number)
  @Min(1)
  @Max(65535)
  @IsInt()
  HTTP_PORT!: number;

  @ConfigVariable({ group: 'http', description: 'Address to bind; 0.0.0.0 inside containers' })
  @IsString()
  HTTP_HOST = '127.0.0.1';

  @ConfigVariable({ group: 'database', description: 'PostgreSQL host' })
  @IsNotEmpty()
  DATABASE_HOST!: string;

  @ConfigVariable({ group: 'database', description: 'PostgreSQL port' })
  @Type(() => Number)
  @IsInt()
  DATABASE_PORT = 5432;

  @ConfigVariable({ group: 'database', description: 'PostgreSQL user' })
  @IsNotEmpty()
  DATABASE_USER!: string;

  @ConfigVariable({ group: 'database', description: 'PostgreSQL password', secret: true })
  @IsNotEmpty()
  DATABASE_PASSWORD!: string;

  @ConfigVariable({
    group: 'database',
    description: 'Database of this node (each service owns a schema in it)',
  })
  @IsNotEmpty()
  DATABASE_NAME!: string;

  @ConfigVariable({ group: 'database', description: 'Connections per service' })
  @Type(() => Number)
  @Min(1)
  @IsInt()
  DATABASE_POOL_SIZE = 5;

  @ConfigVariable({
    group: 'kafka',
    description: 'Comma-separated Kafka bootstrap brokers host:port',
  })
  @Transform(splitList)
  @ArrayNotEmpty({ message: 'must list at least one broker' })
  @Matches(/^[^\s:]+:\d+$/, { each: true, message: 'each broker must be host:port' })
  KAFKA_BROKERS!: string[];

  @ConfigVariable({ group: 'kafka', description: 'Partitions of topics this service creates' })
  @Type(() => Number)
  @Min(1)
  @IsInt()
  KAFKA_TOPIC_PARTITIONS = 3;

  @ConfigVariable({
    group: 'kafka',
    description: 'Replication factor of topics this service creates',
  })
  @Type(() => Number)
  @Min(1)
  @IsInt()
  KAFKA_REPLICATION_FACTOR = 1;

  @ConfigVariable({
    group: 'kafka',
    description:
      "PEM file of the cluster CA (mutual TLS); with this node's certificate and key the broker knows the node and applies its ACLs. Unset: plaintext, for a broker without authentication only",
    optional: true,
  })
  @ValidateIf((config: ServiceConfig) => Boolean(config.KAFKA_TLS_CERT_FILE))
  @IsNotEmpty({ message: 'must be set with KAFKA_TLS_CERT_FILE' })
  KAFKA_TLS_CA_FILE?: string;

  @ConfigVariable({
    group: 'kafka',
    description: "PEM file of this node's Kafka client certificate, CN = NODE_ID",
    optional: true,
  })
  @ValidateIf((config: ServiceConfig) => Boolean(config.KAFKA_TLS_KEY_FILE))
  @IsNotEmpty({ message: 'must be set with KAFKA_TLS_KEY_FILE' })
  KAFKA_TLS_CERT_FILE?: string;

  @ConfigVariable({
    group: 'kafka',
    description: "PEM file of the private key of this node's Kafka client certificate",
    optional: true,
  })
  @ValidateIf((config: ServiceConfig) => Boolean(config.KAFKA_TLS_CERT_FILE))
  @IsNotEmpty({ message: 'must be set with KAFKA_TLS_CERT_FILE' })
  KAFKA_TLS_KEY_FILE?: string;

  @ConfigVariable({
    group: 'storage',
    description: 'S3-compatible endpoint URL (MinIO in deployment)',
  })
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  S3_ENDPOINT!: string;

  @ConfigVariable({ group: 'storage', description: 'S3 access key id' })
  @IsNotEmpty()
  S3_ACCESS_KEY!: string;

  @ConfigVariable({ group: 'storage', description: 'S3 secret key', secret: true })
  @IsNotEmpty()
  S3_SECRET_KEY!: string;

  @ConfigVariable({ group: 'storage', description: 'S3 region used for signing' })
  @IsString()
  S3_REGION = 'us-east-1';

  @ConfigVariable({
    group: 'storage',
    description: 'Bucket for scanned documents; default tongban-<NODE_ID>',
    optional: true,
  })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9.-]{2,62}$/, { message: 'must be a valid S3 bucket name' })
  S3_BUCKET?: string;

  @ConfigVariable({
    group: 'database',
    description:
      'Data keys that encrypt personal fields in the tables (AES-256-GCM): id:base64 32-byte key, comma-separated, the current key first; keep an old key listed until the background re-encryption has moved every row off it',
    secret: true,
  })
  @Matches(
    /^[a-z0-9][a-z0-9-]{0,15}:[A-Za-z0-9+/]{43}=(,[a-z0-9][a-z0-9-]{0,15}:[A-Za-z0-9+/]{43}=)*$/,
    {
      message: 'must be id:base64 pairs of 32-byte keys separated by commas (current key first)',
    },
  )
  DATA_ENCRYPTION_KEYS!: string;

  @ConfigVariable({
    group: 'database',
    description:
      'Key of the keyed hashes (HMAC-SHA256) that find records by ID or card number without storing them in clear: base64, 32 bytes or more',
    secret: true,
  })
  @Matches(/^[A-Za-z0-9+/]{43,}={0,2}$/, { message: 'must be base64 of at least 32 bytes' })
  DATA_LOOKUP_KEY!: string;

  @ConfigVariable({
    group: 'database',
    description:
      'How often the background re-encryption looks for personal fields not under the current data key (after a rotation, or from before encryption); it stops looking once none is left',
  })
  @Type(() => Number)
  @Min(50)
  @IsInt()
  DATA_REENCRYPTION_INTERVAL_MS = 60_000;

  @ConfigVariable({
    group: 'exchange',
    description:
      "This node's Ed25519 private key (base64 PKCS#8 DER); signs messages to other counties and to national monitoring",
    secret: true,
    optional: true,
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]+={0,2}$/, { message: 'must be base64 (PKCS#8 DER)' })
  EXCHANGE_SIGNING_KEY?: string;

  @ConfigVariable({
    group: 'exchange',
    description:
      'Counties whose signed messages this node accepts: county=base64 SPKI DER public key, comma-separated',
    optional: true,
  })
  @IsOptional()
  @Matches(/^(\d{6}=[A-Za-z0-9+/]+={0,2})(,\d{6}=[A-Za-z0-9+/]+={0,2})*$/, {
    message: 'must be county=base64key pairs separated by commas',
  })
  EXCHANGE_TRUSTED_KEYS?: string;

  @ConfigVariable({
    group: 'exchange',
    description:
      "The national node's registry public key (Ed25519, base64 SPKI DER), pinned by the operator: county keys the registry it signs publishes are trusted, and a key it revokes is refused from the revocation time on, static ones included. Unset: only EXCHANGE_TRUSTED_KEYS",
    optional: true,
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]+={0,2}$/, { message: 'must be base64 (SPKI DER)' })
  KEY_REGISTRY_PUBLIC_KEY?: string;

  @ConfigVariable({
    group: 'exchange',
    description:
      'How long a service waits at start for the key registry it follows to be read to its end before it consumes other counties’ messages anyway (they are then judged by the keys known so far)',
  })
  @Type(() => Number)
  @Min(100)
  @IsInt()
  KEY_REGISTRY_CATCH_UP_MS = 30_000;

  @ConfigVariable({
    group: 'exchange',
    description:
      "This node's X25519 private key (base64 PKCS#8 DER); opens messages other counties encrypted to its counties",
    secret: true,
    optional: true,
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]+={0,2}$/, { message: 'must be base64 (PKCS#8 DER)' })
  EXCHANGE_DECRYPTION_KEY?: string;

  @ConfigVariable({
    group: 'exchange',
    description:
      'Counties this node encrypts its messages to: county=base64 SPKI DER X25519 public key, comma-separated; a county without one gets them signed only',
    optional: true,
  })
  @IsOptional()
  @Matches(/^(\d{6}=[A-Za-z0-9+/]+={0,2})(,\d{6}=[A-Za-z0-9+/]+={0,2})*$/, {
    message: 'must be county=base64key pairs separated by commas',
  })
  EXCHANGE_RECIPIENT_KEYS?: string;

  @ConfigVariable({
    group: 'exchange',
    description:
      'Counties whose unencrypted (signed only) messages a node with EXCHANGE_DECRYPTION_KEY still accepts, while they upgrade; comma-separated',
    optional: true,
  })
  @IsOptional()
  @Transform(splitList)
  @Matches(/^\d{6}$/, { each: true, message: 'each county code must be 6 digits' })
  EXCHANGE_PLAINTEXT_COUNTIES?: string[];

  @ConfigVariable({
    group: 'http',
    description:
      'Secret that signs and verifies staff tokens of this node (at least 32 characters)',
    secret: true,
  })
  @IsString()
  @Length(32, 512, { message: 'must be 32 to 512 characters' })
  STAFF_TOKEN_SECRET!: string;

  @ConfigVariable({
    group: 'http',
    description:
      'Requests per minute one client address may make to each public endpoint (no staff token); staff and /health are not limited',
  })
  @Type(() => Number)
  @Min(1)
  @Max(100_000)
  @IsInt()
  PUBLIC_RATE_LIMIT_PER_MINUTE = 60;

  @ConfigVariable({
    group: 'http',
    description:
      'true behind one reverse proxy: the client address is the last X-Forwarded-For entry (Express trust proxy = 1 hop); false: the TCP peer',
  })
  @Transform(parseBoolean)
  @IsBoolean({ message: 'must be true or false' })
  HTTP_TRUST_PROXY = false;

  @ConfigVariable({
    group: 'node',
    description: 'How often the durable deadline watch looks for due warnings and breaches (ms)',
  })
  @Type(() => Number)
  @Min(50)
  @IsInt()
  DEADLINE_WATCH_INTERVAL_MS = 60_000;

  @ConfigVariable({
    group: 'node',
    description:
      'Days a published outbox row keeps its payload (personal data, presigned links) for diagnosis before it is cleared; Kafka and the exchange log keep what was sent',
  })
  @Type(() => Number)
  @Min(1)
  @IsInt()
  OUTBOX_RETENTION_DAYS = 7;

  @ConfigVariable({
    group: 'node',
    description:
      "How often each service tells national monitoring how many reads of cases' personal data its counties' staff made today and yesterday (ms; counts only)",
  })
  @Type(() => Number)
  @Min(50)
  @IsInt()
  READ_AUDIT_REPORT_INTERVAL_MS = 3_600_000;

  @ConfigVariable({ group: 'logging', description: 'pino level' })
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @ConfigVariable({
    group: 'node',
    description: 'Milliseconds to finish in-flight work on shutdown',
  })
  @Type(() => Number)
  @Min(0)
  @IsInt()
  SHUTDOWN_GRACE_MS = 10_000;

  /** The bucket holding this node's documents. */
  documentBucket(): string {
    return this.S3_BUCKET ?? `tongban-${this.NODE_ID}`;
  }
}
