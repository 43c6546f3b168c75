import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ChannelName } from '../config/notification.config';

export type DeliveryOutcome = 'DELIVERED' | 'FAILED';

/** One attempt to send a notice: the audit trail behind its status. No personal data. */
@Entity('notice_delivery')
@Index('notice_delivery_notice', ['noticeId'])
export class NoticeDelivery {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  sequence!: string;

  @Column({ type: 'uuid' })
  noticeId!: string;

  /** 1 for the first attempt. */
  @Column({ type: 'integer' })
  attempt!: number;

  @Column({ type: 'text' })
  channel!: ChannelName;

  @Column({ type: 'text' })
  outcome!: DeliveryOutcome;

  @Column({ type: 'text', nullable: true })
  providerMessageId!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'timestamptz' })
  attemptedAt!: Date;
}
