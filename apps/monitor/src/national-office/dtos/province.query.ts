import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

/** Counties of one province: the first two digits of their GB/T 2260 codes. */
export class ProvinceQuery {
  @ApiPropertyOptional({ example: '32', description: 'Province prefix of the county codes' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: '$property must be the 2-digit province prefix of county codes' })
  province?: string;
}
