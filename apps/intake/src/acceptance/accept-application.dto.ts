import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Length, ValidateNested } from 'class-validator';

/**
 * R7: a supervisor may accept despite a cancellation less than a year ago, with a recorded
 * reason. Who the supervisor is comes from the staff token, never from the body.
 */
export class SupervisorOverrideDto {
  @ApiProperty({ example: '原证系误注销，已核实', minLength: 5, maxLength: 500 })
  @IsString()
  @Length(5, 500)
  reason!: string;
}

export class AcceptApplicationDto {
  @ApiPropertyOptional({
    description:
      'R14: on an expiry renewal the residence county requires re-assessment because the condition visibly changed',
  })
  @IsOptional()
  @IsBoolean()
  requireReassessment?: boolean;

  @ApiPropertyOptional({
    type: SupervisorOverrideDto,
    description: 'R7: only a SUPERVISOR token may send it',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => SupervisorOverrideDto)
  supervisorOverride?: SupervisorOverrideDto;
}
