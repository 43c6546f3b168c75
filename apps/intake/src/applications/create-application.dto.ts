import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ApplicantDto,
  CASE_KINDS,
  CaseKind,
  IsCertificateNumber,
  IsClaimedCategories,
  IsCancelledCategories,
  IsCountyCode,
  IsLocalDate,
  SINGLE_CATEGORIES,
} from '@tongban/contracts';
import {
  DISABILITY_CATEGORIES,
  type DisabilityCategory,
  type SingleCategory,
} from '@tongban/domain';
import { Type } from 'class-transformer';
import { JSONSchema } from 'class-validator-jsonschema';
import { IsBoolean, IsIn, IsOptional, ValidateIf, ValidateNested } from 'class-validator';

/** R1: the residence permit (居住证) as entered from the applicant's document. */
export class ResidencePermitDto {
  @ApiProperty({ example: '320106', description: 'County of the issuing public security bureau' })
  @IsCountyCode()
  placeCode!: string;

  @ApiProperty({ example: '2025-03-01' })
  @IsLocalDate()
  validFrom!: string;

  @ApiProperty({ example: '2028-02-29' })
  @IsLocalDate()
  validUntil!: string;
}

// The rules between fields, in the OpenAPI document too: every kind but NEW names the current
// card (R13–R24), and a partial cancellation the categories it strikes off (R23).
@JSONSchema({
  allOf: [
    {
      anyOf: [
        { properties: { caseKind: { enum: ['NEW'] } } },
        { required: ['currentCertificateNumber'] },
      ],
    },
    {
      anyOf: [
        { properties: { caseKind: { not: { enum: ['CANCELLATION_PARTIAL'] } } } },
        { required: ['cancelledCategories'] },
      ],
    },
  ],
})
/** The application form (R6): the applicant, both counties, the permit and what is applied for. */
export class CreateApplicationDto {
  @ApiProperty({ enum: CASE_KINDS })
  @IsIn(CASE_KINDS)
  caseKind!: CaseKind;

  @ApiPropertyOptional({
    example: '11010519491231002X42',
    description:
      'The card the case renews, replaces, cancels or changes (R13–R24); required for every kind but NEW. The hukou county is asked about it at filing.',
  })
  // Checked whenever given, too: a NEW case sent a malformed one must not reach the service.
  @ValidateIf(
    (dto: CreateApplicationDto) =>
      dto.caseKind !== 'NEW' || dto.currentCertificateNumber !== undefined,
  )
  @IsCertificateNumber()
  currentCertificateNumber?: string;

  @ApiProperty({ type: ApplicantDto })
  @ValidateNested()
  @Type(() => ApplicantDto)
  applicant!: ApplicantDto;

  @ApiProperty({
    example: '320106',
    description: 'County where the applicant lives; served by this node',
  })
  @IsCountyCode()
  residenceCountyCode!: string;

  @ApiProperty({
    example: '220122',
    description: 'County of household registration, from the hukou booklet',
  })
  @IsCountyCode()
  hukouCountyCode!: string;

  @ApiProperty({ type: ResidencePermitDto })
  @ValidateNested()
  @Type(() => ResidencePermitDto)
  residencePermit!: ResidencePermitDto;

  @ApiProperty({
    enum: DISABILITY_CATEGORIES,
    isArray: true,
    description:
      'Categories to be assessed; MULTIPLE together with the two or more categories it is made of (R5)',
  })
  // R5: MULTIPLE only with the categories it is made of, which decide the guardian papers.
  @IsClaimedCategories()
  claimedCategories!: DisabilityCategory[];

  @ApiPropertyOptional({
    enum: SINGLE_CATEGORIES,
    isArray: true,
    example: ['VISION'],
    description:
      'R23: the categories a partial cancellation strikes off the card (at least one stays); required for CANCELLATION_PARTIAL and only there',
  })
  @IsCancelledCategories()
  cancelledCategories?: SingleCategory[];

  @ApiPropertyOptional({ description: 'R33: assess at home (severe disability, limited mobility)' })
  @IsOptional()
  @IsBoolean()
  homeVisitRequested?: boolean;

  @ApiPropertyOptional({
    example: '2026-03-01',
    description: 'R7: date a previous certificate was cancelled',
  })
  @IsOptional()
  @IsLocalDate()
  lastCancelledOn?: string;
}
