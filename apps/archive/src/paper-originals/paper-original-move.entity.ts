import { EncryptedColumn } from '@tongban/persistence';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** One move of a paper original from one place to another: the history is never rewritten. */
@Entity('paper_original_move')
@Index('paper_original_move_original', ['paperOriginalId', 'movedOn'])
export class PaperOriginalMove {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  paperOriginalId!: string;

  @Column({ type: 'text' })
  fromBox!: string;

  @Column({ type: 'text' })
  fromShelf!: string;

  @Column({ type: 'text' })
  toBox!: string;

  @Column({ type: 'text' })
  toShelf!: string;

  @Column({ type: 'date' })
  movedOn!: string;

  @Column({ type: 'text' })
  movedBy!: string;

  /** Free text a clerk writes may name people: encrypted like any personal field. */
  @EncryptedColumn('paper_original_move.reason', { nullable: true })
  reason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
