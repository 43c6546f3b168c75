import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { EncryptedColumn } from '@tongban/persistence';

export type ObjectionStatus = 'OPEN' | 'UPHELD' | 'DISMISSED';

/** An objection raised during publicity (R10), and how the county resolved it. */
@Entity('publicity_objection')
@Index('publicity_objection_case', ['applicationId'])
export class Objection {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  applicationId!: string;

  @EncryptedColumn('objection.summary')
  summary!: string;

  @Column({ type: 'date' })
  receivedOn!: string;

  @Column({ type: 'text' })
  status!: ObjectionStatus;

  @EncryptedColumn('objection.resolution', { nullable: true })
  resolution!: string | null;

  @Column({ type: 'date', nullable: true })
  resolvedOn!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
