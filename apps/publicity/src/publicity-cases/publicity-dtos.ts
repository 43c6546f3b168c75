import { ApiProperty } from '@nestjs/swagger';
import { IsLocalDate } from '@tongban/contracts';
import { IsIn, IsString, Length } from 'class-validator';

export class RecordObjectionDto {
  @ApiProperty({ example: '群众反映申请人行动自如' })
  @IsString()
  @Length(2, 1000)
  summary!: string;

  @ApiProperty({ example: '2026-11-30' })
  @IsLocalDate()
  receivedOn!: string;
}

export class ResolveObjectionDto {
  @ApiProperty({ enum: ['UPHELD', 'DISMISSED'] })
  @IsIn(['UPHELD', 'DISMISSED'])
  decision!: 'UPHELD' | 'DISMISSED';

  @ApiProperty({ example: '经复核，异议不成立' })
  @IsString()
  @Length(2, 500)
  resolution!: string;
}

export class EnterResultDto {
  @ApiProperty({ example: '公示期满，无异议' })
  @IsString()
  @Length(2, 500)
  summary!: string;
}
