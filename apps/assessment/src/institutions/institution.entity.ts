import type { SingleCategory } from '@tongban/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** An assessment institution a county designates (R8), with what it may assess. */
@Entity('institution')
@Index('institution_county', ['countyCode'])
// R8: a county designates each institution once; names are stored whitespace-normalised.
@Index('institution_county_name', ['countyCode', 'name'], { unique: true })
export class Institution {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'char', length: 6 })
  countyCode!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  address!: string;

  /** Categories its doctors are qualified to assess (GB/T 26341-2010). */
  @Column({ type: 'text', array: true })
  categories!: SingleCategory[];

  /** R33: it sends doctors to the homes of severely disabled people with limited mobility. */
  @Column({ type: 'boolean' })
  homeVisits!: boolean;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
