import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The one row that numbers the registry's publications. Every change locks it, so changes
 * publish one after the other and a later publication always holds every earlier change.
 */
@Entity('key_registry_state')
export class KeyRegistryState {
  @PrimaryColumn({ type: 'smallint' })
  id!: number;

  @Column({ type: 'bigint' })
  sequence!: string;

  /** When the publication of this sequence was made; null before the first. */
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}
