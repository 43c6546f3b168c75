import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CaseKind } from '@tongban/contracts';
import { DeadlineView, type Deadline } from '@tongban/deadlines';
import {
  AssessmentCase,
  AssessmentCaseStatus,
  RecordedConclusion,
  RecordedFee,
} from './assessment-case.entity';

/** The assessment desk's view of a case; staff of the counties on the case only (R32). */
export class AssessmentCaseView {
  @ApiProperty() applicationId!: string;
  @ApiProperty() applicationNumber!: string;
  @ApiProperty() caseKind!: CaseKind;
  @ApiProperty() status!: AssessmentCaseStatus;
  @ApiProperty() residenceCountyCode!: string;
  @ApiProperty() hukouCountyCode!: string;
  @ApiProperty() reassessment!: boolean;
  @ApiPropertyOptional() institutionId!: string | null;
  @ApiPropertyOptional() designatedOn!: string | null;
  @ApiPropertyOptional() conclusion!: RecordedConclusion | null;
  @ApiPropertyOptional() fee!: RecordedFee | null;
  @ApiProperty({ type: [DeadlineView] }) deadlines!: DeadlineView[];
  @ApiProperty() registeredAt!: string;

  static of(entity: AssessmentCase, deadlines: Deadline[]): AssessmentCaseView {
    return {
      applicationId: entity.applicationId,
      applicationNumber: entity.applicationNumber,
      caseKind: entity.caseKind,
      status: entity.status,
      residenceCountyCode: entity.residenceCountyCode,
      hukouCountyCode: entity.hukouCountyCode,
      reassessment: entity.reassessment,
      institutionId: entity.institutionId,
      designatedOn: entity.designatedOn,
      conclusion: entity.conclusion,
      fee: entity.fee,
      deadlines: deadlines.map(DeadlineView.of),
      registeredAt: entity.registeredAt.toISOString(),
    };
  }
}
