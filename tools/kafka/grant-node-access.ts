// Grants county and national nodes their access to the closed broker, as the cluster
// operator: the ACLs of broker-access.ts (own topics and groups, own counties' topics, writes to
// every county and the national stream; the national node reads the national stream; every
// node reads the key registry, which this also creates, and the national node writes it). Each
// node connects with a certificate CN=<NODE_ID> from the cluster CA
// (deploy/pki/kafka-pki.sh issue). Re-running is harmless: Kafka keeps one copy of an ACL.
//
// Run: SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register tools/kafka/grant-node-access.ts \
//        deploy/nodes/residence.env deploy/nodes/hukou.env …
// The operator's connection: KAFKA_BROKERS, KAFKA_TLS_CA_FILE, KAFKA_ADMIN_TLS_CERT_FILE and
// KAFKA_ADMIN_TLS_KEY_FILE (what `source .infra/env` sets).
import {
  grantNodeAccess,
  KEY_REGISTRY_TOPIC,
  kafkaTls,
  nodeGrants,
  provisionTopics,
} from '@tongban/messaging';
import { errorMessage } from '@tongban/util';
import { Kafka, logLevel } from 'kafkajs';
import { readFileSync } from 'node:fs';

function readNode(file: string): { nodeId: string; countyCodes: string[] } {
  const env = Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => /^([A-Z_]+)=(.*)$/.exec(line.trim()))
      .filter((match) => match !== null)
      .map((match) => [match[1], match[2]]),
  );
  if (!env.NODE_ID || !env.COUNTY_CODES)
    throw new Error(`${file}: NODE_ID and COUNTY_CODES needed`);
  return { nodeId: env.NODE_ID, countyCodes: env.COUNTY_CODES.split(',') };
}

async function main(files: string[], env: NodeJS.ProcessEnv): Promise<void> {
  if (files.length === 0) throw new Error('usage: grant-node-access <node env file>…');
  const missing = [
    'KAFKA_BROKERS',
    'KAFKA_TLS_CA_FILE',
    'KAFKA_ADMIN_TLS_CERT_FILE',
    'KAFKA_ADMIN_TLS_KEY_FILE',
  ].filter((name) => !env[name]);
  if (missing.length > 0) throw new Error(`${missing.join(', ')} not set`);
  const nodes = files.map(readNode);
  const admin = new Kafka({
    clientId: 'operator.grant-node-access',
    brokers: env.KAFKA_BROKERS!.split(','),
    ssl: kafkaTls({
      KAFKA_TLS_CA_FILE: env.KAFKA_TLS_CA_FILE,
      KAFKA_TLS_CERT_FILE: env.KAFKA_ADMIN_TLS_CERT_FILE,
      KAFKA_TLS_KEY_FILE: env.KAFKA_ADMIN_TLS_KEY_FILE,
    }),
    logLevel: logLevel.WARN,
  }).admin();
  await admin.connect();
  try {
    // The registry every node follows from its first start, before the national node has
    // published anything: one partition keeps its publications in order.
    await provisionTopics(admin, [{ topic: KEY_REGISTRY_TOPIC, numPartitions: 1 }]);
    for (const node of nodes) {
      await grantNodeAccess(admin, node);
      const prefixes = nodeGrants(node).map(
        (grant) => `${grant.resource} ${grant.prefix}* ${grant.operations.join('/')}`,
      );
      process.stdout.write(`User:${node.nodeId}\n  ${prefixes.join('\n  ')}\n`);
    }
  } finally {
    await admin.disconnect();
  }
}

main(process.argv.slice(2), process.env).catch((error: unknown) => {
  process.stderr.write(`grant-node-access: ${errorMessage(error)}\n`);
  process.exit(1);
});
