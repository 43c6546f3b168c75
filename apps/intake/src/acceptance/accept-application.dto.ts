import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, IsString, Length, ValidateNested } from 'class-validator';

/** R7: a supervisor may accept despite a cancellation less than a year ago, with a recorded reason. */
export class SupervisorOverrideDto {
  @IsString()
  @Length(1, 64)
  supervisorId!: string;

  @IsString()
  @Length(5, 500)
  reason!: string;
}

export class AcceptApplicationDto {
  @ApiPropertyOptional({ type: SupervisorOverrideDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => SupervisorOverrideDto)
  supervisorOverride?: SupervisorOverrideDto;
}
