import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { FixityResult } from '../e-archive/archived-document.entity';

/** One re-read of a stored document by the fixity audit: when, and what it found (R30). */
@Entity('fixity_check')
@Index('fixity_check_document', ['documentId', 'checkedAt'])
export class FixityCheck {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  documentId!: string;

  @Column({ type: 'timestamptz' })
  checkedAt!: Date;

  @Column({ type: 'text' })
  result!: FixityResult;

  /** What the re-read found, when there was an object to read. */
  @Column({ type: 'char', length: 64, nullable: true })
  actualSha256!: string | null;

  @Column({ type: 'bigint', nullable: true })
  actualSize!: string | null;
}
