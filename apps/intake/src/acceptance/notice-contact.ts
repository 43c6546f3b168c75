import type { NoticeContactDto } from '@tongban/contracts';
import type { Application } from '../applications/application.entity';

/** The one part of the applicant's data that leaves intake for notices (R8): name and means. */
export function noticeContactOf(application: Application): NoticeContactDto {
  return {
    name: application.applicantName,
    phone: application.phone,
    ...(application.email ? { email: application.email } : {}),
  };
}
