import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One read of a case's personal data or scans by a staff member (等保 2.0 level 3: who read
 * whose data, when, from where): which case, which parts. Holds no personal data itself.
 */
@Entity('read_audit')
@Index('read_audit_county_read_at', ['county', 'readAt'])
@Index('read_audit_case', ['caseId'])
export class ReadAuditEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  sequence!: string;

  @Column({ type: 'timestamptz' })
  readAt!: Date;

  @Column({ type: 'text' })
  staffId!: string;

  @Column({ type: 'text' })
  role!: string;

  /** The county the staff member works for. */
  @Column({ type: 'text' })
  county!: string;

  /** Null when the route names no case (a card looked up by number answers with its case). */
  @Column({ type: 'uuid', nullable: true })
  caseId!: string | null;

  /** What was read: application, assessment case, certificate, … */
  @Column({ type: 'text' })
  subject!: string;

  /** The parts of it that hold personal data: applicant, guardian, conclusion, scans, … */
  @Column({ type: 'text', array: true })
  fields!: string[];

  @Column({ type: 'text' })
  method!: string;

  /** The request path, ID and card numbers masked. */
  @Column({ type: 'text' })
  path!: string;

  /** The client address (the proxy's X-Forwarded-For entry when HTTP_TRUST_PROXY is on). */
  @Column({ type: 'text', nullable: true })
  clientAddress!: string | null;
}
