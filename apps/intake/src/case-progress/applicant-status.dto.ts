import { ApiProperty } from '@nestjs/swagger';
import { IsResidentIdNumber } from '@tongban/contracts';
import { Transform } from 'class-transformer';
import { Matches } from 'class-validator';

/** What an applicant proves to see their case: the number on their receipt and their ID number. */
export class ApplicantStatusQueryDto {
  @ApiProperty({ example: '32010620261129000001' })
  @Matches(/^\d{20}$/, { message: '$property must be the 20-digit number on the receipt' })
  applicationNumber!: string;

  @ApiProperty({ example: '11010519491231002X' })
  @Transform(({ value }) => (typeof value === 'string' ? value.replace(/x$/, 'X') : value))
  @IsResidentIdNumber()
  idNumber!: string;
}
