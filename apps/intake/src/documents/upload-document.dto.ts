import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DOCUMENT_KINDS, DocumentKind } from '@tongban/contracts';
import { IsIn, IsOptional, Matches } from 'class-validator';

/** The form fields that say what a scan is; the file itself travels as `file`. */
export class UploadDocumentDto {
  @ApiProperty({ enum: DOCUMENT_KINDS })
  @IsIn(DOCUMENT_KINDS)
  kind!: DocumentKind;

  /** For a county's own material (R2): its id on the county's list; the kind is then OTHER. */
  @ApiPropertyOptional({ example: 'COMMUNITY_PROOF' })
  @IsOptional()
  @Matches(/^[A-Z][A-Z0-9_]*$/, { message: '$property must be a material id like COMMUNITY_PROOF' })
  material?: string;
}
