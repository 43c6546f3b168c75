import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export type ObjectionStatus = 'OPEN' | 'UPHELD' | 'DISMISSED';

/** An objection raised during publicity (R10), and how the county resolved it. */
@Entity('publicity_objection')
@Index('publicity_objection_case', ['applicationId'])
export class Objection {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  applicationId!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'date' })
  receivedOn!: string;

  @Column({ type: 'text' })
  status!: ObjectionStatus;

  @Column({ type: 'text', nullable: true })
  resolution!: string | null;

  @Column({ type: 'date', nullable: true })
  resolvedOn!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
