import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { EncryptedColumn, EncryptedJsonColumn } from '@tongban/persistence';
import type { ChannelName } from '../config/notification.config';
import type { TemplateId } from '../templates';
import type { NoticeStatus, NoticeType } from './notice-type';

/**
 * One notice to the applicant, created from exactly one event (the unique event id backs the
 * inbox), and its delivery state. The text is what was (or will be) sent: it holds the
 * applicant's name (R32), so it is shown to staff but never logged.
 */
@Entity('notice')
@Index('notice_application', ['applicationId'])
@Index('notice_due', ['nextAttemptAt'], { where: `"status" IN ('QUEUED', 'FAILED')` })
export class Notice {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  applicationId!: string;

  @Column({ type: 'uuid', unique: true })
  eventId!: string;

  @Column({ type: 'uuid' })
  correlationId!: string;

  @Column({ type: 'text' })
  type!: NoticeType;

  @Column({ type: 'smallint' })
  step!: number;

  @Column({ type: 'text' })
  templateId!: TemplateId;

  /** The event's values for the template, kept so a pending notice renders later. */
  @EncryptedJsonColumn('notice.template_values')
  templateValues!: Record<string, string>;

  @Column({ type: 'text' })
  status!: NoticeStatus;

  /** The channel of the last attempt; null before the first. */
  @Column({ type: 'text', nullable: true })
  channel!: ChannelName | null;

  /** E.g. 138****8000; null until the recipient is known. */
  @Column({ type: 'text', nullable: true })
  maskedRecipient!: string | null;

  @EncryptedColumn('notice.subject', { nullable: true })
  subject!: string | null;

  @EncryptedColumn('notice.text', { nullable: true })
  text!: string | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** When the dispatcher should next try; null when nothing is scheduled. */
  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'timestamptz' })
  recordedAt!: Date;

  /**
   * R32: the counties the event came from and went to (residence, and hukou for decisions and
   * mailing), so staff access is known even before intake's acceptance names the recipient.
   */
  @Column({ type: 'char', length: 6, array: true, default: () => "'{}'" })
  caseCountyCodes!: string[];
}
