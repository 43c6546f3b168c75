import { ApiProperty } from '@nestjs/swagger';
import type { CaseKind } from '@tongban/contracts';
import { AssessmentCase, AssessmentCaseStatus } from './assessment-case.entity';

export class AssessmentCaseView {
  @ApiProperty() applicationId!: string;
  @ApiProperty() caseKind!: CaseKind;
  @ApiProperty() status!: AssessmentCaseStatus;
  @ApiProperty() residenceCountyCode!: string;
  @ApiProperty() hukouCountyCode!: string;
  @ApiProperty() draftedAt!: string;
  @ApiProperty() registeredAt!: string;

  static of(entity: AssessmentCase): AssessmentCaseView {
    return {
      applicationId: entity.applicationId,
      caseKind: entity.caseKind,
      status: entity.status,
      residenceCountyCode: entity.residenceCountyCode,
      hukouCountyCode: entity.hukouCountyCode,
      draftedAt: entity.draftedAt.toISOString(),
      registeredAt: entity.registeredAt.toISOString(),
    };
  }
}
