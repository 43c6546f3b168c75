import type { CaseKind, StageTransition } from '@tongban/contracts';
import type { CaseStage } from '@tongban/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CaseStatus } from './case-status';

/**
 * A case as national monitoring sees it: where it stands after its latest stage change,
 * whatever order the changes arrived in. No personal data (R32).
 */
@Entity('monitored_case')
@Index('monitored_case_county_status', ['countyCode', 'status'])
export class MonitoredCase {
  @PrimaryColumn({ type: 'uuid' })
  caseId!: string;

  /** The county of the latest change: where the case is now. */
  @Column({ type: 'char', length: 6 })
  countyCode!: string;

  @Column({ type: 'text' })
  caseKind!: CaseKind;

  @Column({ type: 'text' })
  stage!: CaseStage;

  @Column({ type: 'text' })
  transition!: StageTransition;

  @Column({ type: 'text' })
  status!: CaseStatus;

  /** The earliest change seen, even if it arrived after later ones. */
  @Column({ type: 'date' })
  firstSeenOn!: string;

  @Column({ type: 'timestamptz' })
  firstSeenAt!: Date;

  @Column({ type: 'date' })
  lastChangedOn!: string;

  @Column({ type: 'timestamptz' })
  lastChangedAt!: Date;

  /** The change the current fields come from; breaks ties between equal moments. */
  @Column({ type: 'uuid' })
  lastEventId!: string;
}
