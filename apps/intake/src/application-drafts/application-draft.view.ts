import { ApiProperty } from '@nestjs/swagger';
import type { CaseKind, IntakeChannel } from '@tongban/contracts';
import { ApplicationDraft } from './application-draft.entity';

/** What the API returns about a draft: the case, not the person (R32). */
export class ApplicationDraftView {
  @ApiProperty() applicationId!: string;
  @ApiProperty() caseKind!: CaseKind;
  @ApiProperty() channel!: IntakeChannel;
  @ApiProperty() residenceCountyCode!: string;
  @ApiProperty() hukouCountyCode!: string;
  @ApiProperty({ description: 'ID number with all but the last four characters masked' })
  maskedIdNumber!: string;
  @ApiProperty() createdAt!: string;

  static of(draft: ApplicationDraft): ApplicationDraftView {
    return {
      applicationId: draft.id,
      caseKind: draft.caseKind,
      channel: draft.channel,
      residenceCountyCode: draft.residenceCountyCode,
      hukouCountyCode: draft.hukouCountyCode,
      maskedIdNumber: `${'*'.repeat(14)}${draft.idNumber.slice(14)}`,
      createdAt: draft.createdAt.toISOString(),
    };
  }
}
