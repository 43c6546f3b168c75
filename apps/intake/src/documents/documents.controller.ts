/// <reference types="multer" />
import {
  Body,
  Controller,
  Param,
  ParseUUIDPipe,
  Post,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { UploadDocumentDto } from './upload-document.dto';
import { UploadDocumentService, UploadedScan } from './upload-document.service';

@ApiTags('applications')
@Controller('applications/:applicationId/documents')
export class DocumentsController {
  constructor(private readonly upload: UploadDocumentService) {}

  /** R6: staff (or the applicant online) upload each scan; size is capped by the node's limit. */
  @Post()
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['kind', 'file'],
      properties: { kind: { type: 'string' }, file: { type: 'string', format: 'binary' } },
    },
  })
  create(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @Body() dto: UploadDocumentDto,
    @UploadedFile() file: Express.Multer.File | undefined,
  ): Promise<UploadedScan> {
    return this.upload.execute(applicationId, dto.kind, file?.buffer);
  }
}
