import type { DocumentKind } from '@tongban/contracts';
import { EncryptedColumn, LookupHashColumn, RESIDENT_ID_LOOKUP } from '@tongban/persistence';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A paper original the county keeps where it was produced (R19, R30): which document, whose and
 * of which case, produced by which county, and where it is now (box, shelf, since when). Its
 * moves are {@link PaperOriginalMove}s; the holder's ID number is stored only encrypted (R32).
 */
@Entity('paper_original')
@Index('paper_original_register', ['countyCode', 'applicationId'])
export class PaperOriginal {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** The county that keeps it (the recording staff's). */
  @Column({ type: 'char', length: 6 })
  countyCode!: string;

  @Column({ type: 'uuid' })
  applicationId!: string;

  @EncryptedColumn('paper_original.holder_id_number')
  holderIdNumber!: string;

  @LookupHashColumn(RESIDENT_ID_LOOKUP, 'holderIdNumber')
  holderIdLookup!: string | null;

  @Column({ type: 'text' })
  kind!: DocumentKind;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  /** The county whose staff produced the paper (R30: paper stays where it was produced). */
  @Column({ type: 'char', length: 6 })
  producedByCountyCode!: string;

  @Column({ type: 'text' })
  box!: string;

  @Column({ type: 'text' })
  shelf!: string;

  /** China calendar day it has been kept where it is now. */
  @Column({ type: 'date' })
  keptSince!: string;

  /** Staff id of the clerk who recorded it. */
  @Column({ type: 'text' })
  recordedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
