import type { ServiceConfig } from '@tongban/config';
import { readFileSync } from 'node:fs';
import type { ConnectionOptions } from 'node:tls';

type KafkaTlsFiles = Pick<
  ServiceConfig,
  'KAFKA_TLS_CA_FILE' | 'KAFKA_TLS_CERT_FILE' | 'KAFKA_TLS_KEY_FILE'
>;

/**
 * The TLS options of a Kafka client: the cluster CA, and the node's certificate, which is how
 * the broker knows which node connects (its CN is the principal the ACLs name). Undefined for
 * a plaintext broker. Read once, at start: a missing file stops the service with its name.
 */
export function kafkaTls(files: KafkaTlsFiles): ConnectionOptions | undefined {
  if (!files.KAFKA_TLS_CA_FILE) return undefined;
  return {
    ca: readPem('KAFKA_TLS_CA_FILE', files.KAFKA_TLS_CA_FILE),
    ...(files.KAFKA_TLS_CERT_FILE && files.KAFKA_TLS_KEY_FILE
      ? {
          cert: readPem('KAFKA_TLS_CERT_FILE', files.KAFKA_TLS_CERT_FILE),
          key: readPem('KAFKA_TLS_KEY_FILE', files.KAFKA_TLS_KEY_FILE),
        }
      : {}),
  };
}

function readPem(variable: string, path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`${variable}: cannot read ${path} (${(error as NodeJS.ErrnoException).code})`);
  }
}
