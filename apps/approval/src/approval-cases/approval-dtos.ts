import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCountyCode } from '@tongban/contracts';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, Length } from 'class-validator';

/** R11: why the case is not this county's, and the county it may belong to. */
export class ReturnCaseDto {
  @ApiProperty({ example: '经核查，申请人户籍不在本县，请重新确认户籍地' })
  @IsString()
  @Length(2, 500)
  reason!: string;

  @ApiPropertyOptional({ example: '220102', description: 'The county believed responsible' })
  @IsOptional()
  @IsCountyCode()
  suggestedHukouCountyCode?: string;
}

/** R11: the review's findings, told to the applicant through the residence county. */
export class RejectCaseDto {
  @ApiProperty({ example: ['评定表缺少评定机构印章（R3）'] })
  @IsArray()
  @ArrayMinSize(1, { message: 'reasons: name at least one reason for the rejection (R11)' })
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(2, 500, { each: true })
  reasons!: string[];
}
