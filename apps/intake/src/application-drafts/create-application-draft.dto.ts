import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CASE_KINDS,
  CaseKind,
  INTAKE_CHANNELS,
  IntakeChannel,
  IsCountyCode,
  IsResidentIdNumber,
} from '@tongban/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';

/** The minimal form of a new application draft (R6); materials come later. */
export class CreateApplicationDraftDto {
  @ApiProperty({ enum: CASE_KINDS })
  @IsIn(CASE_KINDS)
  caseKind!: CaseKind;

  @ApiProperty({ enum: INTAKE_CHANNELS, description: 'R6: on-site (staff) or online (applicant)' })
  @IsIn(INTAKE_CHANNELS)
  channel!: IntakeChannel;

  @ApiProperty({ example: '张三' })
  @IsString()
  @Length(1, 50)
  applicantName!: string;

  @ApiProperty({ example: '11010519491231002X', description: '18-character resident ID number' })
  // A lowercase check character x is the same ID; store it the way it is printed.
  @Transform(({ value }) => (typeof value === 'string' ? value.replace(/x$/, 'X') : value))
  @IsResidentIdNumber()
  idNumber!: string;

  @ApiPropertyOptional({ example: '13800138000' })
  @IsOptional()
  @Matches(/^1\d{10}$/, { message: '$property must be an 11-digit mainland mobile number' })
  phone?: string;

  @ApiProperty({
    example: '320106',
    description: 'County where the applicant lives; must be served by this node',
  })
  @IsCountyCode()
  residenceCountyCode!: string;

  @ApiProperty({
    example: '220122',
    description: 'County of household registration, from the hukou booklet',
  })
  @IsCountyCode()
  hukouCountyCode!: string;
}
