import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ImpairmentDto, IsLocalDate } from '@tongban/contracts';
import { Type } from 'class-transformer';
import { JSONSchema } from 'class-validator-jsonschema';
import {
  ArrayMinSize,
  Equals,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

export class DesignateInstitutionDto {
  @ApiProperty()
  @IsUUID()
  institutionId!: string;
}

/** R9: a local waiver of the assessment fee, naming its policy. */
export class FeeWaiverDto {
  @IsString()
  @Length(2, 200)
  policy!: string;

  @IsInt()
  @Min(0)
  amountFen!: number;
}

/** R9: the fee charged for this assessment, in fen, and any waiver. */
export class AssessmentFeeDto {
  @IsInt()
  @Min(0)
  amountFen!: number;

  @IsOptional()
  @ValidateNested()
  @Type(() => FeeWaiverDto)
  waiver?: FeeWaiverDto;
}

/** R3: the conclusion as entered from the signed and sealed assessment form. */
// The rule between two fields, in the OpenAPI document too: a conclusion that meets the
// standard names its impairments.
@JSONSchema({
  anyOf: [{ properties: { meetsStandard: { enum: [false] } } }, { required: ['impairments'] }],
})
export class RecordConclusionDto {
  @ApiProperty()
  @IsBoolean()
  meetsStandard!: boolean;

  @ApiPropertyOptional({
    type: [ImpairmentDto],
    description: 'Required when the standard is met (R3)',
  })
  // Checked whenever given, too: unchecked input must not reach the service.
  @ValidateIf(
    (dto: RecordConclusionDto) => dto.meetsStandard === true || dto.impairments !== undefined,
  )
  @ArrayMinSize(1, {
    message: 'impairments: a conclusion that meets the standard names category and level (R3)',
  })
  @ValidateNested({ each: true })
  @Type(() => ImpairmentDto)
  impairments?: ImpairmentDto[];

  @ApiProperty({ example: '王医生' })
  @IsString()
  @Length(1, 50)
  doctorName!: string;

  @ApiProperty({ description: 'R3: the form carries the doctor’s signature' })
  @Equals(true, {
    message: "doctorSigned: the assessment form must carry the doctor's signature (R3)",
  })
  doctorSigned!: boolean;

  @ApiProperty({ description: 'R3: the form carries the institution’s seal' })
  @Equals(true, {
    message: "institutionSealed: the assessment form must carry the institution's seal (R3)",
  })
  institutionSealed!: boolean;

  @ApiProperty({ example: '2026-11-20' })
  @IsLocalDate()
  assessedOn!: string;

  @ApiProperty({
    example: '2026-11-23',
    description: 'R26 counts from the day the county received it',
  })
  @IsLocalDate()
  receivedOn!: string;

  @ApiProperty({ type: AssessmentFeeDto })
  @ValidateNested()
  @Type(() => AssessmentFeeDto)
  fee!: AssessmentFeeDto;
}

/** R9: the applicant disputes the conclusion; the case is assessed again. */
export class DisputeConclusionDto {
  @ApiProperty()
  @IsString()
  @Length(2, 500)
  reason!: string;
}
