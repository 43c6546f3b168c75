import { kafkaTls } from '@tongban/messaging';
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Kafka, logLevel, type KafkaConfig } from 'kafkajs';
import { infrastructureEnv } from './test-environment';

/** The deployment's own certificate tool: tests issue node certificates exactly as operators do. */
const PKI_SCRIPT = join(__dirname, '../../../../deploy/pki/kafka-pki.sh');

/** A Kafka client certificate: the files a node's KAFKA_TLS_CERT_FILE/KEY_FILE name. */
export interface ClientCertificate {
  certFile: string;
  keyFile: string;
}

/** Where the local cluster's CA lives, and the operator's certificate (a super user). */
function pki(): { dir: string; operator: ClientCertificate } {
  const read = (name: string) => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set: tests need the closed broker of deploy/local`);
    return value;
  };
  return {
    dir: read('KAFKA_PKI_DIR'),
    operator: {
      certFile: read('KAFKA_ADMIN_TLS_CERT_FILE'),
      keyFile: read('KAFKA_ADMIN_TLS_KEY_FILE'),
    },
  };
}

/** Issues (or keeps) the certificate CN=<name> from the cluster CA. */
export async function issueClientCertificate(name: string): Promise<ClientCertificate> {
  const { dir } = pki();
  await promisify(execFile)('bash', [PKI_SCRIPT, 'issue', dir, name]);
  return { certFile: join(dir, `${name}.cert.pem`), keyFile: join(dir, `${name}.key.pem`) };
}

/** Deletes a certificate issued for a test (the CA's own files stay). */
export async function discardClientCertificate(name: string): Promise<void> {
  const { dir } = pki();
  await Promise.all(
    ['cert', 'key', 'keystore'].map((part) =>
      rm(join(dir, `${name}.${part}.pem`), { force: true }),
    ),
  );
}

/**
 * A Kafka client of the test broker that shows the given certificate, or none; it trusts the
 * cluster CA. Errors are not retried, so a refusal shows at once.
 */
export function kafkaClient(
  clientId: string,
  certificate: ClientCertificate | undefined,
  options: Partial<KafkaConfig> = {},
): Kafka {
  const env = infrastructureEnv();
  return new Kafka({
    clientId,
    brokers: env.KAFKA_BROKERS.split(','),
    ssl: kafkaTls({
      KAFKA_TLS_CA_FILE: env.KAFKA_TLS_CA_FILE,
      KAFKA_TLS_CERT_FILE: certificate?.certFile,
      KAFKA_TLS_KEY_FILE: certificate?.keyFile,
    }),
    logLevel: logLevel.NOTHING,
    ...options,
  });
}

/** The cluster operator's client (super user): provisioning, and probes that read any topic. */
export function operatorKafka(clientId: string): Kafka {
  return kafkaClient(clientId, pki().operator);
}
