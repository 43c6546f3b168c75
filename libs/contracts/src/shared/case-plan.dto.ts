import {
  CASE_KINDS,
  CASE_STAGES,
  COUNTY_ROLES,
  RULE_IDS,
  STANDARD_IDS,
  type CaseKind,
  type CasePlan,
  type CaseStage,
  type CertificateOutcome,
  type CountyRole,
  type FollowUpAssessment,
  type RuleReference,
} from '@tongban/domain';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsBoolean, IsIn, IsOptional, ValidateNested } from 'class-validator';

const RULE_REFERENCES: readonly RuleReference[] = [...RULE_IDS, ...STANDARD_IDS];

/** One stage of a case plan: what is done, by which county, under which rule. */
export class PlannedStageDto {
  @IsIn(CASE_STAGES)
  stage!: CaseStage;

  @IsIn(COUNTY_ROLES)
  performedBy!: CountyRole;

  @IsIn(RULE_REFERENCES)
  rule!: RuleReference;
}

/**
 * The domain's plan of a case (`planCase`), fixed when the residence county accepts it and
 * carried with the case, so every service opens work from the same plan (R3, R8–R24).
 */
export class CasePlanDto implements CasePlan {
  @IsIn(CASE_KINDS)
  kind!: CaseKind;

  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => PlannedStageDto)
  stages!: readonly PlannedStageDto[];

  @IsIn(['HUKOU', 'DESTINATION'])
  approver!: 'HUKOU' | 'DESTINATION';

  @IsIn(RULE_REFERENCES)
  approvalRule!: RuleReference;

  @IsBoolean()
  assessment!: boolean;

  @IsOptional()
  @IsIn(RULE_REFERENCES)
  assessmentRule?: RuleReference;

  @IsBoolean()
  publicity!: boolean;

  @IsBoolean()
  printsCard!: boolean;

  @IsBoolean()
  collectsOldCard!: boolean;

  @IsIn(['ISSUE_NEW', 'REPLACE', 'CANCEL'])
  certificateOutcome!: CertificateOutcome;

  @IsIn(['NONE', 'REQUIRED', 'AT_DESTINATION_DISCRETION'])
  followUpAssessment!: FollowUpAssessment;
}
