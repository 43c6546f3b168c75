import { topicName, Topics, type TopicDefinition } from '@tongban/contracts';
import {
  ExchangeLogEntry,
  InboxMessage,
  OutboxMessage,
  SignatureHeaders,
} from '@tongban/messaging';
import { ServiceApp } from '@tongban/runtime';
import { sha256Hex } from '@tongban/storage';
import {
  concludeAndClear,
  anEnvelope,
  eventually,
  IntakeClient,
  livingIn,
  randomCountyCodes,
  TestNode,
} from '@tongban/testing';
import { randomUUID } from 'node:crypto';
import { DataSource, Like } from 'typeorm';
import { INTAKE_DEFINITION } from '../intake.definition';

type Reference = { kind: string; key: string; sha256: string; size: number; url: string };
type Envelope = {
  id: string;
  caseId: string;
  sourceCounty: string;
  destinationCounty: string;
  causationId?: string;
  payload: Record<string, unknown>;
};

/**
 * R30: the hukou county asks for fresh URLs when the hand-over's expired. Intake signs the same
 * objects again for the case's hukou county, and for no other county.
 */
describe('intake: reissuing document URLs to the hukou county (R30)', () => {
  let residence: TestNode;
  let hukou: TestNode;
  let intake: ServiceApp;
  let client: IntakeClient;

  beforeAll(async () => {
    residence = await TestNode.create();
    hukou = await TestNode.create(randomCountyCodes(2));
    residence.federateWith(hukou);
    intake = await residence.start(INTAKE_DEFINITION);
    client = new IntakeClient(intake.app, residence.staffHeaders('CLERK'));
  });

  afterAll(async () => {
    await residence.dispose();
    await hukou.dispose();
  });

  const residenceCounty = () => residence.countyCodes[0]!;
  const hukouCounty = () => hukou.countyCodes[0]!;
  /** Served by the hukou node and trusted, but not the hukou county of any case here. */
  const otherCounty = () => hukou.countyCodes[1]!;
  const db = () => intake.app.get(DataSource);
  const countyTopic = (topic: TopicDefinition, countyCode: string) =>
    topicName(topic, { nodeId: 'any', countyCode });
  const parse = (value: Buffer | null): Envelope => JSON.parse(value!.toString());

  /** An adult's case filed, accepted, assessed and publicised: intake hands it over (R10). */
  async function handedOverCase(): Promise<{ applicationId: string; documents: Reference[] }> {
    const county = residenceCounty();
    const { applicationId } = await client.fileComplete({
      ...livingIn(county),
      hukouCountyCode: hukouCounty(),
    });
    await concludeAndClear(residence, applicationId, county);
    const handover = await hukou.findMessage(
      countyTopic(Topics.caseHandedOver, hukouCounty()),
      (m) => parse(m.value).caseId === applicationId,
      { timeoutMs: 30_000 },
    );
    return { applicationId, documents: parse(handover.value).payload.documents as Reference[] };
  }

  /** `exchange.document-urls.requested` as a hukou county's approval sends it, signed. */
  async function request(
    applicationId: string,
    fromCounty: string,
    documents: { documentId: string; key: string; sha256: string }[],
  ): Promise<string> {
    const envelope = anEnvelope(
      'exchange.document-urls.requested',
      { applicationId, reason: 'URL_EXPIRED', documents },
      { sourceCounty: fromCounty, destinationCounty: residenceCounty() },
    );
    await hukou.produceSigned(
      countyTopic(Topics.documentUrlsRequested, residenceCounty()),
      envelope,
    );
    return envelope.id;
  }

  it('signs the same objects again for the case’s hukou county: URLs that serve the recorded bytes', async () => {
    const { applicationId, documents } = await handedOverCase();
    const asked = documents.map((d) => ({
      documentId: randomUUID(),
      key: d.key,
      sha256: d.sha256,
    }));
    const forged = { documentId: randomUUID(), key: documents[1]!.key, sha256: 'f'.repeat(64) };
    const requestId = await request(applicationId, hukouCounty(), [...asked, forged]);

    const answer = await hukou.findMessage(
      countyTopic(Topics.documentUrlsReissued, hukouCounty()),
      (m) => parse(m.value).causationId === requestId,
      { timeoutMs: 30_000 },
    );
    expect(answer.headers![SignatureHeaders.signer]!.toString()).toBe(residenceCounty());
    const reissue = parse(answer.value);
    expect(reissue).toMatchObject({
      caseId: applicationId,
      sourceCounty: residenceCounty(),
      destinationCounty: hukouCounty(),
    });
    const fresh = reissue.payload.documents as {
      documentId: string;
      key: string;
      sha256: string;
      url: string;
      urlExpiresAt: string;
    }[];
    expect(fresh.map(({ documentId, key, sha256 }) => ({ documentId, key, sha256 }))).toEqual(
      asked,
    );
    for (const document of fresh) {
      const response = await fetch(document.url);
      expect(response.status).toBe(200);
      expect(sha256Hex(Buffer.from(await response.arrayBuffer()))).toBe(document.sha256);
      expect(new Date(document.urlExpiresAt).getTime()).toBeGreaterThan(Date.now());
    }
    // A digest other than the one recorded here is never signed under that key (R30).
    expect(reissue.payload.unavailable).toEqual([
      {
        documentId: forged.documentId,
        reason: expect.stringMatching(
          /^the scan held under this key has sha256 [0-9a-f]{64}, not f{64} \(R30\)$/,
        ),
      },
    ]);
    // Both messages are in intake's exchange log, as every inter-county message is.
    await eventually(async () => {
      const logged = await db().getRepository(ExchangeLogEntry).findBy({ caseId: applicationId });
      expect(logged.map((e) => [e.direction, e.eventType, e.counterpartCounty])).toEqual(
        expect.arrayContaining([
          ['RECEIVED', 'exchange.document-urls.requested', hukouCounty()],
          ['SENT', 'exchange.document-urls.reissued', hukouCounty()],
        ]),
      );
    });
  });

  it('refuses a request from a county that is not the case’s hukou county: no URLs, logged', async () => {
    const { applicationId, documents } = await handedOverCase();
    const asked = documents.map((d) => ({
      documentId: randomUUID(),
      key: d.key,
      sha256: d.sha256,
    }));
    const requestId = await request(applicationId, otherCounty(), asked);

    await eventually(async () =>
      expect(await db().getRepository(InboxMessage).countBy({ eventId: requestId })).toBe(1),
    );
    const refused = await db()
      .getRepository(ExchangeLogEntry)
      .findBy({ eventId: requestId, direction: 'REJECTED' });
    expect(refused).toEqual([
      expect.objectContaining({
        counterpartCounty: otherCounty(),
        reason: expect.stringMatching(
          new RegExp(
            `^sourceCounty: county ${otherCounty()} is not the case's hukou county ${hukouCounty()}`,
          ),
        ),
      }),
    ]);
    // The handler's writes commit with the inbox row: anything it published for the request
    // would be in the outbox now, and only the outbox reaches Kafka.
    const outbox = await db()
      .getRepository(OutboxMessage)
      .findBy({ topic: Like('%document-urls.reissued%'), messageKey: applicationId });
    expect(outbox).toEqual([]);
  });
});
