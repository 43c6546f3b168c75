import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length, Matches } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** What the clerk enters when the card leaves by express (R12); the address comes from the case. */
export class DispatchCertificateDto {
  @ApiProperty({ example: '中国邮政EMS', description: 'Express company' })
  @Transform(trim)
  @IsString()
  @Length(1, 50)
  courier!: string;

  @ApiProperty({ example: '1180654321987', description: "The courier's waybill number" })
  @Transform(trim)
  @IsString()
  @Matches(/^[A-Za-z0-9-]{4,40}$/, {
    message: '$property must be 4 to 40 letters, digits or dashes (R12)',
  })
  waybillNumber!: string;
}
