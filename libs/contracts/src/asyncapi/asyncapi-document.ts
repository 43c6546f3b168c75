import {
  eventPattern,
  TopicDefinition,
  TopicKey,
  Topics,
  TopicScope,
} from '../catalogue/topic-catalogue';
import { EventEnvelope } from '../envelope/event-envelope';
import {
  EncryptionHeaders,
  EVENT_ID_HEADER,
  EXCHANGE_ENCRYPTION,
  SignatureHeaders,
} from '../envelope/exchange-headers';
import { COUNTY_CODE_PATTERN, NATIONAL_MONITOR_COUNTY } from '../vocabulary/county-code';
import { KEY_ID_PATTERN } from '../messages/registry/county-keys-published.event';
import { classSchemas, JsonSchema, SCHEMA_REF_PREFIX } from './payload-schemas';

/** An AsyncAPI 3.0 document as plain JSON data. */
export type AsyncApiDocument = { asyncapi: '3.0.0'; [field: string]: unknown };

/**
 * The document's own version: raised when its structure changes. Each message has its own
 * schema version, in its name and topic; published versions only change compatibly.
 */
export const EXCHANGE_CONTRACT_VERSION = '1.0.0';

const ENVELOPE_SCHEMA = 'EventEnvelope';

/** Where the checked-in document and the published baselines live, from the repository root. */
export const ASYNCAPI_DOCUMENT_PATH = 'docs/exchange/asyncapi.json';

const SIGNING_AND_ENCRYPTION = `
## Transport
One Kafka cluster, mutual TLS on every listener: a client shows a certificate of the cluster's CA
whose CN is its node id (\`User:<nodeId>\`); ACLs derived from the topic scopes decide what it may
read and write. A node reads only its own node topics and the county topics of the counties it
serves; it may write any county's topics and the national stream.

## Record
- **Key**: the envelope's \`caseId\` (all events of one case on one partition, in order).
- **Value**: the envelope as UTF-8 JSON (the message payload below) — or, on county topics, its
  encryption (see below).
- **Headers**: \`${EVENT_ID_HEADER}\` (the envelope id) on every record; on county and national
  topics the signature headers; on county topics the encryption header.

## Encryption (county topics)
The value is a JWE in compact serialization (RFC 7516) whose plaintext is the envelope JSON:
protected header \`{"alg":"${EXCHANGE_ENCRYPTION.alg}","enc":"${EXCHANGE_ENCRYPTION.enc}","kid":"<destination county code>","cty":"application/json"}\`,
key agreement ECDH-ES (direct, no key wrapping) on the destination county's X25519 public key
(RFC 8037; \`epk\` is an OKP/X25519 key), content encryption AES-256-GCM. The record then carries
\`${EncryptionHeaders.encryption}: ${EXCHANGE_ENCRYPTION.header}\`. Counties publish their X25519 public keys as base64
SPKI DER. A receiver refuses an unencrypted record unless the sending county is listed as still
on signed-only exchange; a county that has published no key yet receives signed-only records.

## Signature (county and national topics)
The sender signs the **exact bytes of the record value** (the JWE's ASCII characters when
encrypted, the JSON otherwise) with its county's Ed25519 key (RFC 8032, pure Ed25519, no
pre-hash), and sends the 64-byte signature base64-encoded (standard alphabet, padded) in
\`${SignatureHeaders.signature}\`, and its county code in \`${SignatureHeaders.signer}\`; it may name the key in
\`${SignatureHeaders.key}\` (its RFC 7638 JWK thumbprint). Counties publish their Ed25519 public keys as base64
SPKI DER.

## Key registry
The national node publishes every county's signing keys, whole, on the registry channel after each
change, signed with its registry key (which every node pins out of band). A receiver trusts the
keys of the newest publication whose signature verifies, besides keys its operator pinned, and
refuses a record signed with a key from the key's \`revokedAt\` on (by the time of receipt: a
sender's claimed time is not trusted) or before its \`validFrom\`. To rotate, a county has its new
key registered, signs with it once its own node has the publication, and has the old key revoked.

## What a receiver checks, in order
1. The signer is a county it trusts, one of its keys in force verifies the signature over the value as received.
2. (County topics) the value decrypts with its own county's key.
3. The envelope's \`sourceCounty\` is the signer, and its \`destinationCounty\` owns the topic (the
   county in the topic name; \`${NATIONAL_MONITOR_COUNTY}\` for the national stream).
4. The envelope and its payload validate against the message schema, unknown fields refused.
5. The envelope \`id\` was not handled before (redeliveries change nothing).

A record failing any check is parked on the receiving node's dead-letter topic with the reason
and recorded in its exchange log; nothing of it is applied and nothing is answered.

## Versions
A message is named \`<context>.<entity>.<event>.v<N>\` and lives on its own topic. A published
version changes only compatibly: no field removed or made optional that was required, no new
required field, no type changed, no value removed from an enumeration, no constraint tightened.
Receivers refuse unknown fields, so a sender uses an optional field added to a version only once
the receiving county runs a release that knows it. Anything else is a new version, on a new
topic, published beside the old one.
`.trim();

const SCOPES: Record<
  TopicScope,
  { tag: string; sender: string; receiver: string; addressPrefix: string; headers: string }
> = {
  node: {
    tag: 'node',
    sender: 'a service of the node',
    receiver: 'the services of the same node',
    addressPrefix: 'tongban.node.{nodeId}.',
    headers: 'NodeHeaders',
  },
  county: {
    tag: 'county',
    sender:
      'a county node, signing as the envelope’s source county and encrypting to the destination county',
    receiver: 'the node serving the destination county (the one in the topic name)',
    addressPrefix: 'tongban.county.{countyCode}.',
    headers: 'CountyHeaders',
  },
  national: {
    tag: 'national',
    sender: 'a county node, signing as the county it reports on (de-identified, R32)',
    receiver: `national monitoring (county ${NATIONAL_MONITOR_COUNTY})`,
    addressPrefix: 'tongban.national.',
    headers: 'NationalHeaders',
  },
  registry: {
    tag: 'registry',
    sender: `the national node (county ${NATIONAL_MONITOR_COUNTY}), signing with the registry key`,
    receiver: 'every node, provincial systems included',
    addressPrefix: 'tongban.registry.',
    headers: 'NationalHeaders',
  },
};

const SCOPE_DESCRIPTIONS: Record<TopicScope, string> = {
  node: 'Inside one county node, between its own services; not for other deployments. Unsigned.',
  county:
    'Between counties, on the destination county’s topics: encrypted to that county and signed by the sender.',
  national: 'To national monitoring: de-identified, signed by the reporting county.',
  registry:
    'From the national node to every node: signed with the registry key each node pins (KEY_REGISTRY_PUBLIC_KEY), not by a county key.',
};

/**
 * The public exchange contract (R34) as an AsyncAPI 3.0 document, derived from the topic
 * catalogue and the class-validator classes of the envelope and payloads: the same rules the
 * services validate with.
 */
export function exchangeAsyncApiDocument(): AsyncApiDocument {
  const entries = Object.entries(Topics) as [TopicKey, TopicDefinition][];
  const schemas = classSchemas([EventEnvelope, ...entries.map(([, topic]) => topic.payloadClass)]);
  const envelope = schemas.get(ENVELOPE_SCHEMA)!;
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  const envelopes: Record<string, JsonSchema> = {};
  for (const [key, topic] of entries) {
    const scope = SCOPES[topic.scope];
    const envelopeName = `${pascal(key)}Envelope`;
    envelopes[envelopeName] = typedEnvelope(envelope, topic);
    messages[key] = {
      name: eventPattern(topic),
      title: `${topic.type} v${topic.schemaVersion}`,
      summary: topic.description,
      contentType: 'application/json',
      tags: [{ name: scope.tag }],
      headers: { $ref: `${SCHEMA_REF_PREFIX}${scope.headers}` },
      payload: { $ref: `${SCHEMA_REF_PREFIX}${envelopeName}` },
      correlationId: { $ref: '#/components/correlationIds/flow' },
      bindings: { kafka: { key: { type: 'string', format: 'uuid' }, bindingVersion: '0.5.0' } },
      'x-tongban-scope': topic.scope,
      'x-tongban-type': topic.type,
      'x-tongban-schema-version': topic.schemaVersion,
      'x-tongban-payload-schema': topic.payloadClass.name,
      'x-tongban-signed': topic.scope !== 'node',
      'x-tongban-encrypted': topic.scope === 'county',
    };
    channels[key] = {
      address: `${scope.addressPrefix}${eventPattern(topic)}`,
      title: `${topic.type} v${topic.schemaVersion}`,
      description: `${topic.description}\n\n${SCOPE_DESCRIPTIONS[topic.scope]}`,
      ...(topic.scope === 'national' || topic.scope === 'registry'
        ? {}
        : {
            parameters: {
              [topic.scope === 'node' ? 'nodeId' : 'countyCode']: {
                $ref: `#/components/parameters/${topic.scope === 'node' ? 'nodeId' : 'countyCode'}`,
              },
            },
          }),
      messages: { [key]: { $ref: `#/components/messages/${key}` } },
      tags: [{ name: scope.tag }],
    };
    for (const action of ['send', 'receive'] as const) {
      operations[`${action}${pascal(key)}`] = {
        action,
        channel: { $ref: `#/channels/${key}` },
        summary: `${action === 'send' ? 'Sent by' : 'Received by'} ${action === 'send' ? scope.sender : scope.receiver}.`,
        messages: [{ $ref: `#/channels/${key}/messages/${key}` }],
        tags: [{ name: scope.tag }],
        ...(topic.scope === 'node'
          ? {}
          : { security: [{ $ref: '#/components/securitySchemes/nodeCertificate' }] }),
      };
    }
  }
  return {
    asyncapi: '3.0.0',
    id: 'urn:tongban:exchange',
    info: {
      title: 'Tongban exchange contract (跨省通办 残疾人证)',
      version: EXCHANGE_CONTRACT_VERSION,
      description: `The messages county nodes of the cross-province disability certificate exchange over Kafka (R34): every topic, the envelope, each payload's schema and version, and how records are signed and encrypted.\n\n${SIGNING_AND_ENCRYPTION}`,
      tags: (['node', 'county', 'national'] as const).map((scope) => ({
        name: scope,
        description: SCOPE_DESCRIPTIONS[scope],
      })),
    },
    defaultContentType: 'application/json',
    servers: {
      exchange: {
        host: '{bootstrap}',
        protocol: 'kafka-secure',
        title: 'The exchange cluster',
        description:
          'The one Kafka cluster all nodes share; TLS with a client certificate of the cluster CA on every listener.',
        variables: {
          bootstrap: {
            description: 'host:port of a bootstrap broker, given to each node by the operator.',
            examples: ['127.0.0.1:59092'],
          },
        },
        security: [{ $ref: '#/components/securitySchemes/nodeCertificate' }],
      },
    },
    channels,
    operations,
    components: {
      schemas: {
        ...Object.fromEntries(schemas),
        ...envelopes,
        ...headerSchemas(),
      },
      messages,
      parameters: {
        nodeId: {
          description:
            'The node id: the CN of the node’s broker certificate, letters, digits, dash and underscore.',
          examples: ['nanjing-gulou'],
        },
        countyCode: {
          description: `The destination county's 6-digit GB/T 2260 code (${COUNTY_CODE_PATTERN.source}).`,
          examples: ['220122'],
        },
      },
      correlationIds: {
        flow: {
          description: 'Shared by every event of one business flow (a case).',
          location: '$message.payload#/correlationId',
        },
      },
      securitySchemes: {
        nodeCertificate: {
          type: 'X509',
          description:
            'Mutual TLS: a client certificate issued by the cluster CA whose CN is the node id (deploy/pki/kafka-pki.sh); the broker maps it to the principal User:<nodeId> and applies that node’s ACLs.',
        },
      },
    },
  };
}

/** The envelope of one message: its type and version fixed, its payload that message's schema. */
function typedEnvelope(envelope: JsonSchema, topic: TopicDefinition): JsonSchema {
  const properties = envelope.properties as Record<string, JsonSchema>;
  return {
    ...envelope,
    properties: {
      ...properties,
      type: { type: 'string', const: topic.type },
      schemaVersion: { type: 'integer', const: topic.schemaVersion },
      payload: { $ref: `${SCHEMA_REF_PREFIX}${topic.payloadClass.name}` },
    },
  };
}

/** The Kafka headers of each scope (values are UTF-8 strings). */
function headerSchemas(): Record<string, JsonSchema> {
  const eventId = {
    [EVENT_ID_HEADER]: {
      type: 'string',
      format: 'uuid',
      description: 'The envelope id (tracing; receivers rely on the envelope).',
    },
  };
  const signature = {
    [SignatureHeaders.signature]: {
      type: 'string',
      contentEncoding: 'base64',
      description:
        'Ed25519 signature (64 bytes, base64) by the signer county over the exact bytes of the record value.',
    },
    [SignatureHeaders.signer]: {
      type: 'string',
      pattern: COUNTY_CODE_PATTERN.source,
      description: 'The county that signed; must be the envelope’s sourceCounty.',
    },
    [SignatureHeaders.key]: {
      type: 'string',
      pattern: KEY_ID_PATTERN.source,
      description:
        'Optional: the RFC 7638 thumbprint of the signing key, as the key registry names it; without it the receiver tries every key of the signer county.',
    },
  };
  const encryption = {
    [EncryptionHeaders.encryption]: {
      type: 'string',
      enum: [EXCHANGE_ENCRYPTION.header],
      description: `Present when the value is a JWE (${EXCHANGE_ENCRYPTION.alg}, X25519, ${EXCHANGE_ENCRYPTION.enc}) of the envelope; absent only for a county that has published no key, or a sender still on signed-only exchange.`,
    },
  };
  const headers = (properties: Record<string, unknown>, required: string[]) => ({
    type: 'object',
    properties,
    required,
  });
  const signedRequired = [SignatureHeaders.signature, SignatureHeaders.signer];
  return {
    NodeHeaders: headers(eventId, []),
    NationalHeaders: headers({ ...eventId, ...signature }, signedRequired),
    CountyHeaders: headers({ ...eventId, ...signature, ...encryption }, signedRequired),
  };
}

function pascal(key: string): string {
  return key.charAt(0).toUpperCase() + key.slice(1);
}
