import { NoticeDelivery } from './delivery/notice-delivery.entity';
import { NOTIFICATION_MIGRATIONS } from './migrations';
import { CaseRecipient } from './notices/case-recipient.entity';
import { Notice } from './notices/notice.entity';

/** Notification's tables (schema `notification`) and the migrations that create them. */
export const NOTIFICATION_PERSISTENCE = {
  entities: [Notice, CaseRecipient, NoticeDelivery],
  migrations: NOTIFICATION_MIGRATIONS,
};
