import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DOCUMENT_KINDS, DocumentKind } from '@tongban/contracts';
import { IsIn, IsOptional, Matches } from 'class-validator';

const MATERIAL_ID = /^[A-Z][A-Z0-9_]*$/;

/** The form fields that say what a scan is; the file itself travels as `file`. */
export class UploadDocumentDto {
  @ApiProperty({ enum: DOCUMENT_KINDS })
  @IsIn(DOCUMENT_KINDS)
  kind!: DocumentKind;

  /** For a county's own material (R2): its id on the county's list; the kind is then OTHER. */
  @ApiPropertyOptional({ example: 'COMMUNITY_PROOF' })
  @IsOptional()
  @Matches(MATERIAL_ID, { message: '$property must be a material id like COMMUNITY_PROOF' })
  material?: string;
}

/**
 * The multipart body of a scan upload: the fields of {@link UploadDocumentDto} and the file
 * (one part, as FileInterceptor('file') reads it).
 */
export const ApiScanUpload = () =>
  applyDecorators(
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: ['kind', 'file'],
        additionalProperties: false,
        properties: {
          kind: { type: 'string', enum: [...DOCUMENT_KINDS] },
          material: {
            type: 'string',
            pattern: MATERIAL_ID.source,
            description: "For a county's own material (R2): its id on the county's list",
          },
          file: { type: 'string', format: 'binary' },
        },
      },
    }),
  );
