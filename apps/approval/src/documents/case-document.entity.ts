import type { DocumentKind, DocumentUrlRequestReason } from '@tongban/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * PENDING: due to be fetched; AWAITING_FRESH_URL: its URL expired or was refused and fresh
 * URLs were (or are about to be) asked of the residence county; VERIFIED; FAILED for good.
 */
export const DOCUMENT_STATUSES = ['PENDING', 'AWAITING_FRESH_URL', 'VERIFIED', 'FAILED'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/**
 * One scan the residence county referenced in a hand-over (R30): its recorded digest, where to
 * fetch it, and whether this county holds a verified copy in its own bucket yet. Fetched by a
 * durable sweep, never inside the Kafka handler.
 */
@Entity('approval_document')
@Index('approval_document_case_round', ['applicationId', 'round'])
@Index('approval_document_due', ['nextAttemptAt'], { where: `"status" = 'PENDING'` })
export class CaseDocument {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  applicationId!: string;

  /** The hand-over round that referenced it (a case re-routed back after a return is round 2…). */
  @Column({ type: 'integer' })
  round!: number;

  /** Order in the hand-over's list, so staff see the package as it was sent. */
  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  kind!: DocumentKind;

  /** The residence county's name for a scan its kind does not describe (a county material, R2). */
  @Column({ type: 'text', nullable: true })
  title!: string | null;

  /** The object key in the residence county's bucket, as it was sent. */
  @Column({ type: 'text' })
  sourceKey!: string;

  /** Recorded at upload by the residence county; the copy must match it exactly (R30). */
  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'integer' })
  size!: number;

  @Column({ type: 'text' })
  contentType!: string;

  /** A short-lived presigned GET URL: a bearer credential, dropped once the fetch is over. */
  @Column({ type: 'text', nullable: true })
  sourceUrl!: string | null;

  /** As the residence county stated it: a fetch after it is refused, which staff may want to know. */
  @Column({ type: 'timestamptz', nullable: true })
  urlExpiresAt!: Date | null;

  @Column({ type: 'text' })
  status!: DocumentStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /**
   * When the sweep should try (again) — or, while AWAITING_FRESH_URL, ask for fresh URLs
   * (again); null once VERIFIED or FAILED.
   */
  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;

  /** Fresh URLs asked of the residence county for this scan so far; bounded by configuration. */
  @Column({ type: 'integer', default: 0 })
  urlRequests!: number;

  /** When fresh URLs were last asked for; null if never. */
  @Column({ type: 'timestamptz', nullable: true })
  urlRequestedAt!: Date | null;

  /** Why the URL is no good, as the next request tells the residence county; null while it works. */
  @Column({ type: 'text', nullable: true })
  urlProblem!: DocumentUrlRequestReason | null;

  /** Why the last attempt failed, or why the document FAILED for good. */
  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  /** The verified copy's key in this node's bucket. */
  @Column({ type: 'text', nullable: true })
  localKey!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
