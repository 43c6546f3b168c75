import type { CaseKind, DocumentKind } from '@tongban/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** What the latest re-read of a stored copy found (R30). */
export const FIXITY_RESULTS = ['INTACT', 'MISMATCH', 'MISSING'] as const;
export type FixityResult = (typeof FIXITY_RESULTS)[number];

/**
 * One document of a holder's e-archive (R30): a verified copy in archive's own keys of the
 * node's bucket, with the digest recorded when approval verified it, the case it came with, and
 * what the fixity audit last found. No personal data: the holder is the archive's.
 */
@Entity('archived_document')
// One copy per case, kind and content: a redelivered approval files nothing twice.
@Index('archived_document_unique', ['applicationId', 'kind', 'sha256'], { unique: true })
@Index('archived_document_holder', ['holderArchiveId', 'approvedOn'])
// The audit's next batch: never checked first, then the longest unchecked.
@Index('archived_document_fixity_due', ['lastCheckedAt'])
export class ArchivedDocument {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  holderArchiveId!: string;

  /** The hukou county that keeps it (the archive's). */
  @Column({ type: 'char', length: 6 })
  countyCode!: string;

  @Column({ type: 'uuid' })
  applicationId!: string;

  @Column({ type: 'text' })
  caseKind!: CaseKind;

  /** China calendar day the case was approved. */
  @Column({ type: 'date' })
  approvedOn!: string;

  /** The document's role in the case (R5). */
  @Column({ type: 'text' })
  kind!: DocumentKind;

  /** The residence county's name for a county material (R2). */
  @Column({ type: 'text', nullable: true })
  title!: string | null;

  /** Recorded at upload and verified by approval; every re-read must match it (R30). */
  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  size!: number;

  @Column({ type: 'text' })
  contentType!: string;

  /** archive's own copy in the node's bucket. */
  @Column({ type: 'text' })
  objectKey!: string;

  /** Approval's copy it was made from. */
  @Column({ type: 'text' })
  sourceKey!: string;

  /** The approval event that filed it. */
  @Column({ type: 'uuid' })
  filedByEventId!: string;

  @Column({ type: 'timestamptz', nullable: true })
  lastCheckedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  lastCheckResult!: FixityResult | null;

  @CreateDateColumn({ type: 'timestamptz' })
  archivedAt!: Date;
}
