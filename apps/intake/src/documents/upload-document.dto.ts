import { ApiProperty } from '@nestjs/swagger';
import { DOCUMENT_KINDS, DocumentKind } from '@tongban/contracts';
import { IsIn } from 'class-validator';

/** The form field that says what a scan is; the file itself travels as `file`. */
export class UploadDocumentDto {
  @ApiProperty({ enum: DOCUMENT_KINDS })
  @IsIn(DOCUMENT_KINDS)
  kind!: DocumentKind;
}
