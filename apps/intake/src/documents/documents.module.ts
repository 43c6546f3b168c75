import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationsModule } from '../applications/applications.module';
import { IntakeConfig } from '../config/intake.config';
import { ApplicationDocument } from './application-document.entity';
import { MaterialsController } from '../materials/materials.controller';
import { MaterialsModule } from '../materials/materials.module';
import { ApplicantUploadToken } from '../online/applicant-upload-token';
import { OnlineApplicantController } from '../online/online-applicant.controller';
import { DocumentsController } from './documents.controller';
import { UploadDocumentService } from './upload-document.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([ApplicationDocument]),
    ApplicationsModule,
    MaterialsModule,
    // One file per request, held in memory (multer's default without a destination) up to the
    // configured limit; larger → 413.
    MulterModule.registerAsync({
      inject: [IntakeConfig],
      useFactory: (config: IntakeConfig) => ({
        limits: { fileSize: config.INTAKE_MAX_UPLOAD_BYTES, files: 1, fields: 5 },
      }),
    }),
  ],
  controllers: [DocumentsController, MaterialsController, OnlineApplicantController],
  providers: [UploadDocumentService, ApplicantUploadToken],
  exports: [TypeOrmModule],
})
export class DocumentsModule {}
