import { Type } from 'class-transformer';
import { ArrayMinSize, IsString, IsUUID, ValidateNested } from 'class-validator';
import { envelopeFor, EventType } from '../../envelope/event-envelope';
import { IsCountyCode } from '../../validation/domain-validators';
import { NoticeContactDto } from './application-accepted.event';

/** The residence county refused an application, with every reason (R5, R7). */
export class ApplicationRefusedPayload {
  @IsUUID()
  applicationId!: string;

  @IsString()
  applicationNumber!: string;

  @IsCountyCode()
  residenceCountyCode!: string;

  /** The applicant must be told why (R5); only notification stores it. */
  @ValidateNested()
  @Type(() => NoticeContactDto)
  contact!: NoticeContactDto;

  @ArrayMinSize(1)
  @IsString({ each: true })
  reasons!: string[];
}

export const ApplicationRefused: EventType<ApplicationRefusedPayload> = {
  type: 'intake.application.refused',
  schemaVersion: 1,
  payloadClass: ApplicationRefusedPayload,
};
export class ApplicationRefusedEvent extends envelopeFor(ApplicationRefused) {}
