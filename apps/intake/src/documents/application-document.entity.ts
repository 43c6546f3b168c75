import type { DocumentKind } from '@tongban/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A scan uploaded for an application: where it is in S3 and its digest at upload (R30). */
@Entity('application_document')
@Index('application_document_application', ['applicationId'])
export class ApplicationDocument {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  applicationId!: string;

  @Column({ type: 'text' })
  kind!: DocumentKind;

  /** The county's own material (R2) a scan of kind OTHER stands for, if any. */
  @Column({ type: 'text', nullable: true })
  materialId!: string | null;

  @Column({ type: 'text' })
  storageKey!: string;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'int' })
  size!: number;

  /** As sniffed from the bytes, not as the uploader claimed. */
  @Column({ type: 'text' })
  contentType!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  uploadedAt!: Date;
}
