import { ApiProperty } from '@nestjs/swagger';
import { IsCountyCode } from '@tongban/contracts';
import { IsString, Length } from 'class-validator';

/** R11: after contacting the applicant, the clerk names the right hukou county. */
export class RerouteDto {
  @ApiProperty({ example: '220102' })
  @IsCountyCode()
  hukouCountyCode!: string;

  @ApiProperty({ example: '已电话联系申请人，核实户籍已迁至南关区' })
  @IsString()
  @Length(4, 500)
  contactNote!: string;
}
