import { IsIn, IsUUID } from 'class-validator';
import {
  CASE_KINDS,
  CaseKind,
  INTAKE_CHANNELS,
  IntakeChannel,
} from '../../../vocabulary/case-kind';
import { IsCountyCode } from '../../../validation/domain-validators';

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

  @IsCountyCode()
  residenceCountyCode!: string;

  @IsCountyCode()
  hukouCountyCode!: string;
}
