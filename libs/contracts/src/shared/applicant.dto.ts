import { Transform, Type } from 'class-transformer';
import { IsEmail, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { IsCountyCode, IsResidentIdNumber } from '../validation/domain-validators';

/** A lowercase check character x is the same ID; keep it the way it is printed. */
const upperCheckCharacter = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.replace(/x$/, 'X') : value;

/** Where the card is mailed by express, cash on delivery (R12, R29). */
export class MailingAddressDto {
  @IsString()
  @Length(1, 50)
  recipientName!: string;

  @Matches(/^1\d{10}$/, { message: '$property must be an 11-digit mainland mobile number' })
  phone!: string;

  @IsCountyCode()
  countyCode!: string;

  @IsString()
  @Length(4, 200)
  addressLine!: string;
}

/** A guardian: required for intellectual or mental disability and for minors (R5). */
export class GuardianDto {
  @IsString()
  @Length(1, 50)
  name!: string;

  @Transform(upperCheckCharacter)
  @IsResidentIdNumber()
  idNumber!: string;

  @IsString()
  @Length(1, 20)
  relationship!: string;

  @Matches(/^1\d{10}$/, { message: '$property must be an 11-digit mainland mobile number' })
  phone!: string;
}

/**
 * The applicant's personal data (R32). Travels only to the counties on the case (the hukou
 * county needs it to approve and print), never to national monitoring.
 */
export class ApplicantDto {
  @IsString()
  @Length(1, 50)
  name!: string;

  @Transform(upperCheckCharacter)
  @IsResidentIdNumber()
  idNumber!: string;

  @Matches(/^1\d{10}$/, { message: '$property must be an 11-digit mainland mobile number' })
  phone!: string;

  /** Optional: where notices go when the county sends them by email. */
  @IsOptional()
  @IsEmail({}, { message: '$property must be an email address' })
  @Length(3, 254)
  email?: string;

  @ValidateNested()
  @Type(() => MailingAddressDto)
  mailingAddress!: MailingAddressDto;

  @IsOptional()
  @ValidateNested()
  @Type(() => GuardianDto)
  guardian?: GuardianDto;
}
