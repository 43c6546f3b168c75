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
import { ApiTags } from '@nestjs/swagger';
import { CurrentStaff, Roles, StaffPrincipal } from '@tongban/auth';
import { ApplicationLookup } from '../applications/application-lookup';
import { ApiScanUpload, UploadDocumentDto } from './upload-document.dto';
import { UploadDocumentService, UploadedScan } from './upload-document.service';

@ApiTags('applications')
@Controller('applications/:applicationId/documents')
export class DocumentsController {
  constructor(
    private readonly applications: ApplicationLookup,
    private readonly upload: UploadDocumentService,
  ) {}

  /** R6: the clerk uploads each scan; size is capped by the node's limit. */
  @Post()
  @Roles('CLERK')
  @UseInterceptors(FileInterceptor('file'))
  @ApiScanUpload()
  async create(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @Body() dto: UploadDocumentDto,
    @UploadedFile() file: Express.Multer.File | undefined,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<UploadedScan> {
    // R32 before the bytes are even looked at: nothing of a foreign case is touched.
    await this.applications.requireVisibleTo(staff, applicationId);
    return this.upload.execute(applicationId, dto.kind, file?.buffer, dto.material ?? null);
  }
}
