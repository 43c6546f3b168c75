import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CardRegisterModule } from '../card-register/card-register.module';
import { CaseApprovedConsumer } from './case-approved.consumer';
import { CertificateAccess } from './certificate-access';
import { CardFonts } from './card/card-fonts.provider';
import { CertificateCardController } from './card/certificate-card.controller';
import { CertificateCardService } from './card/certificate-card.service';
import { CertificateDispatch } from './certificate-dispatch.entity';
import { Certificate } from './certificate.entity';
import { CertificateNumberPipe } from './certificate-number.pipe';
import { CertificatesController } from './certificates.controller';
import { DispatchCertificateService } from './dispatch-certificate.service';
import { ApplyApprovalService } from './apply-approval.service';
import { IssueCertificateService } from './issue-certificate.service';
import { VerificationController } from './verification/verification.controller';
import { VerifyCertificateService } from './verification/verify-certificate.service';

/** Certificates at the hukou county: issue on approval, print, mail, verify (R11–R13, R15, R29). */
@Module({
  imports: [TypeOrmModule.forFeature([Certificate, CertificateDispatch]), CardRegisterModule],
  controllers: [
    CaseApprovedConsumer,
    CertificatesController,
    CertificateCardController,
    VerificationController,
  ],
  providers: [
    ApplyApprovalService,
    IssueCertificateService,
    DispatchCertificateService,
    CertificateCardService,
    CardFonts,
    VerifyCertificateService,
    CertificateNumberPipe,
    CertificateAccess,
  ],
})
export class CertificatesModule {}
