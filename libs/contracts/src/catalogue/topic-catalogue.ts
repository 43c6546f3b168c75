import { EventType } from '../envelope/event-envelope';
import { NATIONAL_MONITOR_COUNTY } from '../vocabulary/county-code';
import { CaseApproved } from '../messages/approval/case-approved.event';
import { CaseDocumentsApproved } from '../messages/approval/case-documents-approved.event';
import { ConclusionRecorded } from '../messages/assessment/conclusion-recorded.event';
import { InstitutionDesignated } from '../messages/assessment/institution-designated.event';
import { CardFactsAnswered, CardFactsRequested } from '../messages/exchange/card-facts.events';
import { CaseDecided } from '../messages/exchange/case-decided.event';
import { CaseHandedOver } from '../messages/exchange/case-handed-over.event';
import { CaseHandedOverV2 } from '../messages/exchange/case-handed-over-v2.event';
import { CaseReturned } from '../messages/exchange/case-returned.event';
import { CertificateDispatched } from '../messages/exchange/certificate-dispatched.event';
import { DocumentUrlsReissued } from '../messages/exchange/document-urls-reissued.event';
import { DocumentUrlsRequested } from '../messages/exchange/document-urls-requested.event';
import { ApplicationAccepted } from '../messages/intake/application-accepted.event';
import { ApplicationDrafted } from '../messages/intake/application-drafted/application-drafted.event';
import { ApplicationRefused } from '../messages/intake/application-refused.event';
import { CaseStageChanged } from '../messages/monitor/case-stage-changed.event';
import { DeadlineAlerted } from '../messages/monitor/deadline-alerted.event';
import { ReadsCounted } from '../messages/monitor/reads-counted.event';
import { CardStatusChanged } from '../messages/printing/card-status-changed.event';
import { CertificateIssued } from '../messages/printing/certificate-issued.event';
import { CertificateMailed } from '../messages/printing/certificate-mailed.event';
import { ObjectionUpheld } from '../messages/publicity/objection-upheld.event';
import { PublicityCleared } from '../messages/publicity/publicity-cleared.event';
import { PublicityStarted } from '../messages/publicity/publicity-started.event';
import { CountyKeysPublished } from '../messages/registry/county-keys-published.event';
import {
  ArchiveOffered,
  ArchiveReceipted,
  MigrationCannotProceed,
  MigrationCompleted,
  MigrationNoticeSent,
  MigrationReminded,
} from '../messages/migration/migration.events';

/**
 * Who reads a topic. `node`: services of one county node; `county`: the node serving a
 * destination county (inter-county exchange); `national`: the monitoring office; `registry`:
 * every node (what the national node publishes for all, such as the county key registry).
 */
export type TopicScope = 'node' | 'county' | 'national' | 'registry';

export interface TopicDefinition<P extends object = object> extends EventType<P> {
  readonly scope: TopicScope;
  readonly description: string;
}

/** The one catalogue of events. Nothing else in the code base defines a topic. */
export const Topics = {
  // --- inside a residence county node ---
  applicationDrafted: {
    ...ApplicationDrafted,
    scope: 'node',
    description: 'An application draft was stored by intake (no personal data).',
  },
  applicationAccepted: {
    ...ApplicationAccepted,
    scope: 'node',
    description:
      'Intake accepted an application with complete materials; R25 starts (contact for notices only).',
  },
  applicationRefused: {
    ...ApplicationRefused,
    scope: 'node',
    description: 'Intake refused an application, with reasons (R5, R7).',
  },
  institutionDesignated: {
    ...InstitutionDesignated,
    scope: 'node',
    description: 'Assessment designated the institution (R8, R25).',
  },
  conclusionRecorded: {
    ...ConclusionRecorded,
    scope: 'node',
    description: 'Assessment entered the signed and sealed conclusion (R3); health data.',
  },
  publicityStarted: {
    ...PublicityStarted,
    scope: 'node',
    description: 'Publicity of a conclusion started (R10).',
  },
  publicityCleared: {
    ...PublicityCleared,
    scope: 'node',
    description: 'Publicity ended without a standing objection, or the applicant is a minor (R10).',
  },
  objectionUpheld: {
    ...ObjectionUpheld,
    scope: 'node',
    description: 'An objection during publicity was upheld; back to assessment (R9).',
  },
  // --- inside a hukou county node ---
  caseApproved: {
    ...CaseApproved,
    scope: 'node',
    description: 'Approval approved a case (R11); printing issues the card.',
  },
  caseDocumentsApproved: {
    ...CaseDocumentsApproved,
    scope: 'node',
    description:
      'Approval approved a case and holds these verified scans in the node’s bucket (kind, sha256, size, media type, key); archive files them in the holder’s e-archive (R30). Names the holder: node only.',
  },
  certificateIssued: {
    ...CertificateIssued,
    scope: 'node',
    description: 'Printing issued and printed a card (R12, R15).',
  },
  certificateMailed: {
    ...CertificateMailed,
    scope: 'node',
    description: 'Printing mailed the card (R12); approval closes R27.',
  },
  cardStatusChanged: {
    ...CardStatusChanged,
    // Node scope: the subscribers are the county's own systems (the living and care subsidy
    // system 两项补贴 stops or adjusts payments), not another county; destinationCounty is the
    // issuing county, so a node serving several counties lets each subscriber filter its own.
    scope: 'node',
    description:
      'A card in the hukou county register changed status (R18/R19, R21–R24), with from/to, date, case and reason. Carries the card number, hence the ID number: meant for the same county’s subsidy system (两项补贴), which needs it; never forwarded to other counties or national monitoring. Keyed by the card, so one card’s changes stay in order. Importing an existing register publishes nothing (importing is not a change of status); registering a printed card is announced by printing.certificate.issued.',
  },
  // --- between counties: signed, on the destination county's topics ---
  caseHandedOver: {
    ...CaseHandedOver,
    scope: 'county',
    description:
      'The residence county hands a new certificate (NEW) to the hukou county (R10, R11); v1, read by every hukou county.',
  },
  caseHandedOverV2: {
    ...CaseHandedOverV2,
    scope: 'county',
    description:
      'The residence county hands a case of any kind to the hukou county, with its plan, the card outcome and the current card (R11, R13–R24).',
  },
  caseReturned: {
    ...CaseReturned,
    scope: 'county',
    description: 'The hukou county returns a case that is not its jurisdiction (R11).',
  },
  caseDecided: {
    ...CaseDecided,
    scope: 'county',
    description: 'The hukou county approved or rejected the case (R11).',
  },
  certificateDispatched: {
    ...CertificateDispatched,
    scope: 'county',
    description: 'The hukou county mailed the card by express, cash on delivery (R12, R29).',
  },
  cardFactsRequested: {
    ...CardFactsRequested,
    scope: 'county',
    description:
      'The residence county asks the hukou county about the card a renewal, replacement, cancellation or change names (R7, R13, R14, R22–R24); the number only.',
  },
  cardFactsAnswered: {
    ...CardFactsAnswered,
    scope: 'county',
    description:
      'The hukou county answers with what the rules need of the card: status, category, level, validity, visual assessment before 2018, cancellation day, reissues — never the register row.',
  },
  documentUrlsRequested: {
    ...DocumentUrlsRequested,
    scope: 'county',
    description:
      'The hukou county asks for fresh presigned URLs of scans whose URLs expired or were refused (R30).',
  },
  documentUrlsReissued: {
    ...DocumentUrlsReissued,
    scope: 'county',
    description:
      'The residence county signs the same scans again for the case’s hukou county (R30).',
  },
  // --- a migration between the new (N) and the original (O) hukou county (R18–R21) ---
  migrationNoticeSent: {
    ...MigrationNoticeSent,
    scope: 'county',
    description:
      'The new hukou county tells the original one that the holder’s hukou moved and asks for the archive of the card it issued (R18, R19), with the day it expects the answer by.',
  },
  archiveOffered: {
    ...ArchiveOffered,
    scope: 'county',
    description:
      'The original hukou county sends the holder’s electronic archive (R19, R30): the signed transfer manifest (docs/exchange/ARCHIVE-TRANSFER.md), short-lived URLs of each file, and the card facts the new county needs to print and to judge a follow-up assessment (R20); sent again with fresh URLs for refused files.',
  },
  archiveReceipted: {
    ...ArchiveReceipted,
    scope: 'county',
    description:
      'The new hukou county answers an archive with its signed receipt (every file verified) or refusal (each failed file named, or the manifest refused).',
  },
  migrationCannotProceed: {
    ...MigrationCannotProceed,
    scope: 'county',
    description:
      'The original hukou county cannot send the archive, and says why (no such card, a card that cannot migrate, archive unavailable): the new county’s staff see it instead of waiting.',
  },
  migrationReminded: {
    ...MigrationReminded,
    scope: 'county',
    description:
      'The new hukou county reminds the original one (催办) that the archive is past due in working days.',
  },
  migrationCompleted: {
    ...MigrationCompleted,
    scope: 'county',
    description:
      'The new hukou county issued the holder’s card: the original county’s register marks its card migrated out, history and paper originals kept (R19); says whether a follow-up assessment is required (R20).',
  },
  // --- to national monitoring: de-identified ---
  caseStageChanged: {
    ...CaseStageChanged,
    scope: 'national',
    description: 'A case entered or left a stage at a county (no personal data).',
  },
  deadlineAlerted: {
    ...DeadlineAlerted,
    scope: 'national',
    description: 'A county is near or past a time limit R25–R27 (no personal data).',
  },
  readsCounted: {
    ...ReadsCounted,
    scope: 'national',
    description:
      "How many reads of cases' personal data a county's staff made in one service on one day (counts only; the read audit stays in the county).",
  },
  // --- from the national node to every node ---
  countyKeysPublished: {
    ...CountyKeysPublished,
    scope: 'registry',
    description:
      'The national registry of county signing keys, whole, after every registration or revocation; signed by the national node with the registry key every node pins (KEY_REGISTRY_PUBLIC_KEY). Receivers keep the highest sequence they verified.',
  },
} as const satisfies Record<string, TopicDefinition>;

export type TopicKey = keyof typeof Topics;

/** The handler pattern of an event type: `<type>.v<schemaVersion>`. */
export function eventPattern(eventType: EventType<object>): string {
  return `${eventType.type}.v${eventType.schemaVersion}`;
}

/** Where a topic lives for one reader. Kafka names: letters, digits, dot, dash, underscore. */
export interface TopicAudience {
  nodeId: string;
  countyCode?: string;
}

/** The Kafka topic name of a catalogue entry for one node or destination county. */
export function topicName(topic: TopicDefinition, audience: TopicAudience): string {
  if (topic.scope === 'county' && !audience.countyCode)
    throw new Error(`${topic.type} is addressed to a county; none given`);
  return `${topicPrefix(topic.scope, audience)}${eventPattern(topic)}`;
}

/**
 * The prefix every topic of a scope shares: of one node, of one county (of every county when
 * none is given), or of the national stream. What the broker's ACLs grant on.
 */
export function topicPrefix(scope: TopicScope, audience: Partial<TopicAudience> = {}): string {
  switch (scope) {
    case 'node':
      if (!audience.nodeId) throw new Error('a node topic needs the node id');
      return `tongban.node.${audience.nodeId}.`;
    case 'county':
      return audience.countyCode ? `tongban.county.${audience.countyCode}.` : 'tongban.county.';
    case 'national':
      return 'tongban.national.';
    case 'registry':
      return 'tongban.registry.';
  }
}

/** Whether a topic carries traffic between counties (signed by the sender, verified on receipt). */
export function isCountyTopic(name: string): boolean {
  return name.startsWith(topicPrefix('county'));
}

/**
 * Whether a topic's messages leave their node for another deployment — another county,
 * national monitoring, or every node (the registry) — and so are signed by the sending node and
 * verified on receipt.
 */
export function isSignedTopic(name: string): boolean {
  return (
    isCountyTopic(name) ||
    name.startsWith(topicPrefix('national')) ||
    name.startsWith(topicPrefix('registry'))
  );
}

/**
 * The county a signed topic is addressed to: the county in its name, or the whole country
 * (NATIONAL_MONITOR_COUNTY) for the national stream and the registry. An envelope on it must
 * name that county.
 */
export function topicDestinationCounty(name: string): string | undefined {
  if (name.startsWith(topicPrefix('national')) || name.startsWith(topicPrefix('registry')))
    return NATIONAL_MONITOR_COUNTY;
  if (!isCountyTopic(name)) return undefined;
  return name.slice(topicPrefix('county').length).split('.')[0];
}

/** Messages a service could not validate or process, with the reason in their headers. */
export function deadLetterTopicName(nodeId: string): string {
  return `${topicPrefix('node', { nodeId })}dead-letter`;
}

/** Finds the catalogue entry for an event pattern, if any. */
export function findTopicByPattern(pattern: string): TopicDefinition | undefined {
  return Object.values(Topics).find((topic) => eventPattern(topic) === pattern);
}
