import type { StaffRole } from '@tongban/auth';
import {
  deadLetterTopicName,
  topicName,
  Topics,
  type DocumentKind,
  type TopicDefinition,
} from '@tongban/contracts';
import { DeadLetterHeaders } from '@tongban/messaging';
import { ServiceApp } from '@tongban/runtime';
import { DocumentStore } from '@tongban/storage';
import {
  eventually,
  PDF_SCAN,
  PNG_PHOTO,
  randomCountyCodes,
  TestClock,
  TestNode,
} from '@tongban/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { APPROVAL_DEFINITION } from '../approval.definition';
import type { ApprovalCaseView } from '../approval-cases/approval-case.view';
import { aHandoverEnvelope, HandoverEnvelope, HandoverOptions } from './handover.envelope';
import { ResidenceScans, ScanReference } from './residence-scans';

/**
 * Two county nodes on the real servers: the residence county, whose bucket holds the scans,
 * and the hukou county running approval. They trust each other's exchange keys. The hukou node
 * serves a second county, whose staff take part in none of the cases handed over here (R32).
 */
export class ApprovalHarness {
  private constructor(
    readonly residence: TestNode,
    readonly hukou: TestNode,
    private service: ServiceApp,
    readonly scans: ResidenceScans,
    readonly clock: TestClock,
  ) {}

  static async start(): Promise<ApprovalHarness> {
    const residence = await TestNode.create();
    const hukou = await TestNode.create(randomCountyCodes(2));
    hukou.federateWith(residence);
    const clock = new TestClock();
    clock.setChinaDate('2026-11-16'); // a Monday
    // Staff tokens are issued and checked on the service's (test) clock.
    hukou.clock = clock;
    const approval = await ApprovalHarness.boot(hukou, clock);
    const scans = await ResidenceScans.of(residence);
    return new ApprovalHarness(residence, hukou, approval, scans, clock);
  }

  private static boot(hukou: TestNode, clock: TestClock): Promise<ServiceApp> {
    return hukou.start(
      APPROVAL_DEFINITION,
      {
        APPROVAL_FETCH_INTERVAL_MS: '200',
        APPROVAL_FETCH_RETRY_BASE_MS: '100',
        DEADLINE_WATCH_INTERVAL_MS: '200',
      },
      { clock },
    );
  }

  /** Stops approval the way SIGTERM would and starts it again on the same database and topics. */
  async restart(): Promise<void> {
    await this.hukou.stop(this.service);
    this.service = await ApprovalHarness.boot(this.hukou, this.clock);
  }

  get approval(): ServiceApp {
    return this.service;
  }

  async dispose(): Promise<void> {
    await Promise.all([this.hukou.dispose(), this.residence.dispose()]);
  }

  get residenceCounty(): string {
    return this.residence.countyCodes[0]!;
  }

  get hukouCounty(): string {
    return this.hukou.countyCodes[0]!;
  }

  /** The hukou node's other county: served here, but taking part in none of the cases. */
  get otherCounty(): string {
    return this.hukou.countyCodes[1]!;
  }

  get db(): DataSource {
    return this.approval.app.get(DataSource);
  }

  /** The hukou node's own bucket, where printing reads the photo. */
  get hukouStore(): DocumentStore {
    return this.approval.app.get(DocumentStore);
  }

  /** An HTTP client acting as a staff member of the hukou node (by default its approver). */
  http(role: StaffRole = 'APPROVER', county?: string) {
    const headers = this.hukou.staffHeaders(role, county);
    const http = request(this.approval.app.getHttpServer());
    return {
      get: (path: string) => http.get(path).set(headers),
      post: (path: string) => http.post(path).set(headers),
    };
  }

  /** An HTTP client without a staff token. */
  anonymous() {
    return request(this.approval.app.getHttpServer());
  }

  /** The hukou county's hand-over topic, which approval reads. */
  get handoverTopic(): string {
    return topicName(Topics.caseHandedOver, {
      nodeId: this.hukou.nodeId,
      countyCode: this.hukouCounty,
    });
  }

  /** A county topic of the residence county (what approval sends back). */
  residenceTopic(topic: TopicDefinition): string {
    return topicName(topic, { nodeId: this.residence.nodeId, countyCode: this.residenceCounty });
  }

  /** A topic of the hukou node itself. */
  hukouNodeTopic(topic: TopicDefinition): string {
    return topicName(topic, { nodeId: this.hukou.nodeId });
  }

  /** An adult's new-certificate scans (R5), each with distinct bytes, URLs valid `ttlSeconds`. */
  async adultScans(ttlSeconds?: number): Promise<ScanReference[]> {
    const pdf = (kind: DocumentKind) =>
      Buffer.concat([PDF_SCAN, Buffer.from(`% ${kind} ${randomUUID()}\n`)]);
    return [
      await this.scans.upload('PHOTO', PNG_PHOTO, 'image/png', ttlSeconds),
      await this.scans.upload('ID_DOCUMENT', pdf('ID_DOCUMENT'), 'application/pdf', ttlSeconds),
      await this.scans.upload('HUKOU_BOOKLET', pdf('HUKOU_BOOKLET'), 'application/pdf', ttlSeconds),
      await this.scans.upload(
        'RESIDENCE_PERMIT',
        pdf('RESIDENCE_PERMIT'),
        'application/pdf',
        ttlSeconds,
      ),
    ];
  }

  handover(options: Partial<HandoverOptions> & { documents: ScanReference[] }): HandoverEnvelope {
    return aHandoverEnvelope({
      residenceCounty: this.residenceCounty,
      hukouCounty: this.hukouCounty,
      ...options,
    });
  }

  /** Publishes a hand-over signed by the residence county, as its relay would (v1 or v2 topic). */
  send(
    envelope: HandoverEnvelope | { schemaVersion: number; caseId: string; sourceCounty: string },
  ): Promise<void> {
    const topic =
      envelope.schemaVersion === 2
        ? topicName(Topics.caseHandedOverV2, {
            nodeId: this.hukou.nodeId,
            countyCode: this.hukouCounty,
          })
        : this.handoverTopic;
    return this.residence.produceSigned(topic, envelope);
  }

  /** The reason header of the hukou node's dead letter holding this event, once it is there. */
  deadLetterReason(eventId: string): Promise<string> {
    return eventually(async () => {
      const topic = deadLetterTopicName(this.hukou.nodeId);
      const letters = await this.hukou.readTopic(
        topic,
        Math.max(1, await this.hukou.messageCount(topic)),
      );
      const letter = letters.find((m) => m.value?.toString().includes(eventId));
      expect(letter).toBeDefined();
      return letter!.headers![DeadLetterHeaders.reason]!.toString();
    }, 30_000);
  }

  /** The case view once approval registered the case and no scan is still being fetched (or waits for a URL). */
  settled(applicationId: string, round = 1): Promise<ApprovalCaseView> {
    return eventually(async () => {
      const response = await this.http().get(`/approval-cases/${applicationId}`).expect(200);
      const view = response.body as ApprovalCaseView;
      expect(view.round).toBe(round);
      expect(
        view.documents.filter((d) => d.status === 'PENDING' || d.status === 'AWAITING_FRESH_URL'),
      ).toEqual([]);
      return view;
    });
  }

  /** Hands over an adult's case and waits until its scans are settled. */
  async receivedCase(
    options: Partial<HandoverOptions> = {},
  ): Promise<{ envelope: HandoverEnvelope; view: ApprovalCaseView }> {
    const envelope = this.handover({ documents: await this.adultScans(), ...options });
    await this.send(envelope);
    return { envelope, view: await this.settled(envelope.caseId) };
  }
}

/** Parses a Kafka message's JSON envelope. */
export function envelopeOf(message: { value: Buffer | null }): {
  id: string;
  caseId: string;
  sourceCounty: string;
  destinationCounty: string;
  causationId?: string;
  payload: Record<string, unknown>;
} {
  return JSON.parse(message.value!.toString());
}

/** Matches messages of one case. */
export const ofCase = (caseId: string) => (message: { value: Buffer | null }) =>
  envelopeOf(message).caseId === caseId;
