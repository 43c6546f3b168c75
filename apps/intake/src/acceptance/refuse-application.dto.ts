import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsString, Length } from 'class-validator';

export class RefuseApplicationDto {
  @ApiProperty({ type: [String], example: ['居住证已过期 (R1)'] })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(2, 500, { each: true })
  reasons!: string[];
}
