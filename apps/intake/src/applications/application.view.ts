import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CaseKind, IntakeChannel } from '@tongban/contracts';
import {
  CASE_STATUSES,
  maskResidentId,
  type CaseStatus,
  type DisabilityCategory,
  type SingleCategory,
} from '@tongban/domain';
import { Application } from './application.entity';

/** What staff see of an application: the case, with the ID number masked (R32). */
export class ApplicationView {
  @ApiProperty() applicationId!: string;
  @ApiProperty() applicationNumber!: string;
  @ApiProperty() caseKind!: CaseKind;
  @ApiProperty() channel!: IntakeChannel;
  @ApiProperty({ enum: CASE_STATUSES }) status!: CaseStatus;
  @ApiProperty() residenceCountyCode!: string;
  @ApiProperty() hukouCountyCode!: string;
  @ApiProperty({ description: 'ID number with all but the last four characters masked' })
  maskedIdNumber!: string;
  @ApiProperty() claimedCategories!: DisabilityCategory[];
  @ApiPropertyOptional({ description: 'R23: what a partial cancellation strikes off the card' })
  cancelledCategories!: SingleCategory[] | null;
  @ApiProperty() homeVisitRequested!: boolean;
  @ApiPropertyOptional() materialsCompletedOn!: string | null;
  @ApiPropertyOptional() acceptedOn!: string | null;
  @ApiProperty() refusalReasons!: string[];
  @ApiProperty() createdAt!: string;

  static of(application: Application): ApplicationView {
    return {
      applicationId: application.id,
      applicationNumber: application.applicationNumber,
      caseKind: application.caseKind,
      channel: application.channel,
      status: application.status,
      residenceCountyCode: application.residenceCountyCode,
      hukouCountyCode: application.hukouCountyCode,
      maskedIdNumber: maskResidentId(application.idNumber),
      claimedCategories: application.claimedCategories,
      cancelledCategories: application.cancelledCategories,
      homeVisitRequested: application.homeVisitRequested,
      materialsCompletedOn: application.materialsCompletedOn,
      acceptedOn: application.acceptedOn,
      refusalReasons: application.refusalReasons,
      createdAt: application.createdAt.toISOString(),
    };
  }
}
