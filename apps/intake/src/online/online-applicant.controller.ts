/// <reference types="multer" />
import {
  Body,
  Controller,
  Get,
  Headers,
  Param,
  ParseUUIDPipe,
  Post,
  UnauthorizedException,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@tongban/auth';
import { chinaLocalDateOf } from '@tongban/domain';
import { Clock } from '@tongban/util';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ApplicationLookup } from '../applications/application-lookup';
import { ApplicationView } from '../applications/application.view';
import { CreateApplicationDto } from '../applications/create-application.dto';
import { CreateApplicationService } from '../applications/create-application.service';
import { ApplicationDocument } from '../documents/application-document.entity';
import { ApiScanUpload, UploadDocumentDto } from '../documents/upload-document.dto';
import { UploadDocumentService, UploadedScan } from '../documents/upload-document.service';
import { MaterialsAssessment } from '../materials/materials-assessment';
import { MaterialsChecklist } from '../materials/materials-checklist';
import { ApplicantUploadToken } from './applicant-upload-token';

const TOKEN_HEADER = 'x-applicant-upload-token';

/**
 * R6 online: the applicant files, learns every missing material at once (R5) and uploads the
 * scans, holding no staff token — only the upload token their filing returned.
 */
@ApiTags('online applicants')
@Controller('online/applications')
export class OnlineApplicantController {
  constructor(
    private readonly createApplication: CreateApplicationService,
    private readonly applications: ApplicationLookup,
    private readonly upload: UploadDocumentService,
    private readonly uploadTokens: ApplicantUploadToken,
    @InjectRepository(ApplicationDocument)
    private readonly documents: Repository<ApplicationDocument>,
    private readonly clock: Clock,
    private readonly checklist: MaterialsChecklist,
  ) {}

  // Public: the applicant files for themselves and holds no staff token (R6).
  @Public()
  @Post()
  @ApiOperation({ summary: 'R6: online filing by the applicant (no staff token)', security: [] })
  @ApiCreatedResponse({
    description: 'The application, with the token that lets the applicant upload scans',
  })
  async file(
    @Body() dto: CreateApplicationDto,
  ): Promise<ApplicationView & { uploadToken: string }> {
    const filed = await this.createApplication.execute(dto, 'ONLINE');
    return { ...filed, uploadToken: this.uploadTokens.issue(filed.applicationId) };
  }

  // Public: the upload token of this application stands in for a login.
  @Public()
  @Get(':applicationId/materials')
  @ApiOperation({ summary: 'R5: what the online applicant still has to upload', security: [] })
  @ApiHeader({ name: TOKEN_HEADER, required: true })
  async materials(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @Headers(TOKEN_HEADER) token: string | undefined,
  ): Promise<MaterialsAssessment> {
    this.assertToken(applicationId, token);
    const application = await this.applications.require(applicationId);
    const scans = await this.documents.findBy({ applicationId });
    return this.checklist.assess(application, scans, chinaLocalDateOf(this.clock.now()));
  }

  // Public: the upload token of this application stands in for a login.
  @Public()
  @Post(':applicationId/documents')
  @UseInterceptors(FileInterceptor('file'))
  @ApiScanUpload()
  @ApiOperation({ summary: 'R6: the online applicant uploads a scan', security: [] })
  @ApiHeader({ name: TOKEN_HEADER, required: true })
  async uploadScan(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @Headers(TOKEN_HEADER) token: string | undefined,
    @Body() dto: UploadDocumentDto,
    @UploadedFile() file: Express.Multer.File | undefined,
  ): Promise<UploadedScan> {
    this.assertToken(applicationId, token);
    return this.upload.execute(applicationId, dto.kind, file?.buffer, dto.material ?? null);
  }

  private assertToken(applicationId: string, token: string | undefined): void {
    if (!this.uploadTokens.matches(applicationId, token)) {
      throw new UnauthorizedException(
        `${TOKEN_HEADER}: missing or not issued for this application`,
      );
    }
  }
}
