import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { EncryptedColumn, LookupHashColumn, RESIDENT_ID_LOOKUP } from '@tongban/persistence';

/**
 * One holder's e-archive at the hukou county (R30): found by the keyed hash of the holder's ID
 * number, which is stored only encrypted (R32). Its documents are {@link ArchivedDocument}s.
 */
@Entity('holder_archive')
// One archive per holder and county: the second case of a holder files into the first's archive.
@Index('holder_archive_holder_unique', ['countyCode', 'holderIdLookup'], { unique: true })
export class HolderArchive {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** The hukou county that keeps it. */
  @Column({ type: 'char', length: 6 })
  countyCode!: string;

  @EncryptedColumn('holder_archive.holder_id_number')
  holderIdNumber!: string;

  @LookupHashColumn(RESIDENT_ID_LOOKUP, 'holderIdNumber')
  holderIdLookup!: string | null;

  @EncryptedColumn('holder_archive.holder_name')
  holderName!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
