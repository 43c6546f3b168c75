import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One dated step of a case as the residence county saw it; no personal data (R32). */
@Entity('case_step')
@Index('case_step_application', ['applicationId'])
export class CaseStep {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  sequence!: string;

  @Column({ type: 'uuid' })
  applicationId!: string;

  /** Machine name of the step, e.g. INSTITUTION_DESIGNATED. */
  @Column({ type: 'text' })
  step!: string;

  /** The business date of the step (China time). */
  @Column({ type: 'date' })
  on!: string;

  /** What the applicant may be told, in Chinese. */
  @Column({ type: 'text' })
  description!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt!: Date;
}
