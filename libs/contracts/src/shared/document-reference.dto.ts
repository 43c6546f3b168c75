import {
  IsISO8601,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  Min,
} from 'class-validator';

/** Kinds of scanned material (R5); the domain's material catalogue names what each one is. */
export const DOCUMENT_KINDS = [
  'PHOTO',
  'ID_DOCUMENT',
  'HUKOU_BOOKLET',
  'GUARDIAN_ID',
  'GUARDIAN_PROOF',
  'RESIDENCE_PERMIT',
  'ASSESSMENT_FORM',
  'PUBLICITY_RECORD',
  'MIGRATION_PROOF',
  // R13–R24: the card being renewed, changed or cancelled, and the proof a cancellation needs.
  'OLD_CERTIFICATE',
  'CANCELLATION_PROOF',
  'OTHER',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * A scan held by the sending county: the digest recorded at upload and, for transfers, a
 * short-lived presigned URL. The receiver fetches the bytes and checks them against sha256 (R30).
 */
export class DocumentReferenceDto {
  @IsIn(DOCUMENT_KINDS)
  kind!: DocumentKind;

  /** What the scan is where its kind does not say: a county's own material (R2), in Chinese. */
  @IsOptional()
  @IsString()
  @Length(1, 100)
  title?: string;

  @IsString()
  key!: string;

  @Matches(/^[0-9a-f]{64}$/, { message: '$property must be a lowercase hex sha256' })
  sha256!: string;

  @IsInt()
  @Min(1)
  size!: number;

  @IsString()
  contentType!: string;

  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  url?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  urlExpiresAt?: string;
}
