import { DiagnosticSeverity, Parser } from '@asyncapi/parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { topicName, Topics } from '../catalogue/topic-catalogue';
import { ASYNCAPI_DOCUMENT_PATH, exchangeAsyncApiDocument } from './asyncapi-document';
import {
  messageVersions,
  PUBLISHED_VERSIONS_DIR,
  publishedVersionProblems,
  readPublishedVersions,
} from './published-versions';

const root = join(__dirname, '../../../..');
const generated = exchangeAsyncApiDocument();

describe('the public exchange contract (R34)', () => {
  it('is checked in as generated: contracts changed without `npm run asyncapi:generate` fail here', () => {
    const checkedIn = JSON.parse(readFileSync(join(root, ASYNCAPI_DOCUMENT_PATH), 'utf8'));
    expect(checkedIn).toEqual(generated);
  });

  it('is a valid AsyncAPI 3.0 document for the AsyncAPI parser, with every topic of the catalogue', async () => {
    const { document, diagnostics } = await new Parser().parse(JSON.stringify(generated));
    const errors = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error);
    expect(errors.map((d) => `${d.path.join('.')}: ${d.message}`)).toEqual([]);
    expect(document?.version()).toBe('3.0.0');
    expect(document!.channels().length).toBe(Object.keys(Topics).length);
    // Each topic is sent by one side and received by the other.
    expect(document!.operations().length).toBe(2 * Object.keys(Topics).length);
  }, 30_000);

  it('names each topic as the transport does, parameters in the address', () => {
    const channels = generated.channels as Record<string, { address: string }>;
    for (const [key, topic] of Object.entries(Topics)) {
      const address = channels[key]!.address;
      expect(address.replace('{nodeId}', 'n1').replace('{countyCode}', '220122')).toBe(
        topicName(topic, { nodeId: 'n1', countyCode: '220122' }),
      );
    }
  });

  it('gives every message its version and the signing and encryption its scope needs', () => {
    const messages = (generated.components as { messages: Record<string, Record<string, unknown>> })
      .messages;
    expect(messages.caseHandedOverV2).toMatchObject({
      name: 'exchange.case.handed-over.v2',
      'x-tongban-schema-version': 2,
      'x-tongban-signed': true,
      'x-tongban-encrypted': true,
      headers: { $ref: '#/components/schemas/CountyHeaders' },
    });
    expect(messages.readsCounted).toMatchObject({
      'x-tongban-signed': true,
      'x-tongban-encrypted': false,
    });
    expect(messages.applicationDrafted).toMatchObject({ 'x-tongban-signed': false });
  });

  it('changes no published version incompatibly, and publishes every version other deployments read', () => {
    const published = readPublishedVersions(join(root, PUBLISHED_VERSIONS_DIR));
    expect(published.size).toBeGreaterThan(0);
    expect(publishedVersionProblems(published, messageVersions(generated))).toEqual([]);
  });
});
