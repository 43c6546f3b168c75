import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHANNEL_NAMES, type ChannelName } from '../config/notification.config';
import { NOTICE_STATUSES, NOTICE_TYPES, type NoticeStatus, type NoticeType } from './notice-type';
import { Notice } from './notice.entity';

/** A notice as staff see it: the recipient masked (R32), the text as sent. */
export class NoticeView {
  @ApiProperty() noticeId!: string;
  @ApiProperty() applicationId!: string;
  @ApiProperty({ enum: NOTICE_TYPES }) type!: NoticeType;
  @ApiProperty({ enum: NOTICE_STATUSES }) status!: NoticeStatus;
  @ApiPropertyOptional({ enum: CHANNEL_NAMES, nullable: true }) channel!: ChannelName | null;
  @ApiPropertyOptional({ example: '138****8000', nullable: true })
  maskedRecipient!: string | null;
  @ApiPropertyOptional({ nullable: true }) subject!: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'Null until the recipient is known' })
  text!: string | null;
  @ApiProperty() attempts!: number;
  @ApiPropertyOptional({ nullable: true }) lastError!: string | null;
  @ApiProperty() recordedAt!: string;
  @ApiPropertyOptional({ nullable: true }) sentAt!: string | null;
  @ApiPropertyOptional({ nullable: true }) nextAttemptAt!: string | null;

  static of(notice: Notice): NoticeView {
    return {
      noticeId: notice.id,
      applicationId: notice.applicationId,
      type: notice.type,
      status: notice.status,
      channel: notice.channel,
      maskedRecipient: notice.maskedRecipient,
      subject: notice.subject,
      text: notice.text,
      attempts: notice.attempts,
      lastError: notice.lastError,
      recordedAt: notice.recordedAt.toISOString(),
      sentAt: notice.sentAt?.toISOString() ?? null,
      nextAttemptAt: notice.nextAttemptAt?.toISOString() ?? null,
    };
  }
}
