import { ApiProperty } from '@nestjs/swagger';
import { IsCountyCode } from '@tongban/contracts';
import { DISABILITY_CATEGORIES, type SingleCategory } from '@tongban/domain';
import { ArrayMinSize, IsBoolean, IsIn, IsString, Length } from 'class-validator';

const SINGLE_CATEGORIES = DISABILITY_CATEGORIES.filter((c) => c !== 'MULTIPLE');

export class CreateInstitutionDto {
  @ApiProperty({ example: '320106' })
  @IsCountyCode()
  countyCode!: string;

  @ApiProperty({ example: '南京市鼓楼医院残疾评定中心' })
  @IsString()
  @Length(2, 100)
  name!: string;

  @ApiProperty({ example: '南京市鼓楼区中山路321号' })
  @IsString()
  @Length(4, 200)
  address!: string;

  @ApiProperty({ enum: SINGLE_CATEGORIES, isArray: true })
  @ArrayMinSize(1)
  @IsIn(SINGLE_CATEGORIES, { each: true })
  categories!: SingleCategory[];

  @ApiProperty({ description: 'R33: offers home assessment' })
  @IsBoolean()
  homeVisits!: boolean;
}
