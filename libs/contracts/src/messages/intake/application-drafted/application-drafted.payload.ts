import { IsIn, IsUUID, Matches } from 'class-validator';
import {
  CASE_KINDS,
  CaseKind,
  INTAKE_CHANNELS,
  IntakeChannel,
} from '../../../vocabulary/case-kind';
import { COUNTY_CODE_MESSAGE, COUNTY_CODE_PATTERN } from '../../../vocabulary/county-code';

/**
 * An application draft was stored at the residence county. Deliberately carries no personal
 * data (R32): services that need the applicant's details ask intake within the node.
 */
export class ApplicationDraftedPayload {
  @IsUUID()
  applicationId!: string;

  @IsIn(CASE_KINDS)
  caseKind!: CaseKind;

  @IsIn(INTAKE_CHANNELS)
  channel!: IntakeChannel;

  @Matches(COUNTY_CODE_PATTERN, { message: COUNTY_CODE_MESSAGE })
  residenceCountyCode!: string;

  @Matches(COUNTY_CODE_PATTERN, { message: COUNTY_CODE_MESSAGE })
  hukouCountyCode!: string;
}
