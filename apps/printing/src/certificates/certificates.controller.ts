import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { CurrentStaff, Roles, StaffPrincipal } from '@tongban/auth';
import { Repository } from 'typeorm';
import { CardRegisterReader } from '../card-register/card-register-reader';
import { CertificateAccess } from './certificate-access';
import { CertificateDispatch } from './certificate-dispatch.entity';
import { CertificateDispatchView } from './certificate-dispatch.view';
import { CertificateNumberPipe } from './certificate-number.pipe';
import { CertificateView } from './certificate.view';
import { DispatchCertificateDto } from './dispatch-certificate.dto';
import { DispatchCertificateService } from './dispatch-certificate.service';
import { AuditedRead } from '@tongban/runtime';

/** Hukou-county staff: a certificate's status, dates and dispatch; mailing the card (R12, R29). */
@ApiTags('certificates')
@Controller('certificates')
export class CertificatesController {
  constructor(
    private readonly dispatchCertificate: DispatchCertificateService,
    private readonly certificates: CertificateAccess,
    private readonly register: CardRegisterReader,
    @InjectRepository(CertificateDispatch)
    private readonly dispatches: Repository<CertificateDispatch>,
  ) {}

  @AuditedRead({
    subject: 'certificate',
    fields: ['holder', 'category', 'level', 'mailing address'],
    caseOf: (_request, body) => (body as { applicationId?: string }).applicationId,
  })
  @Get(':certificateNumber')
  @ApiOkResponse({ type: CertificateView })
  async get(
    @Param('certificateNumber', CertificateNumberPipe) certificateNumber: string,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<CertificateView> {
    const certificate = await this.certificates.requireVisibleTo(staff, certificateNumber);
    const dispatch = await this.dispatches.findOneBy({ cardId: certificate.cardId });
    const { status } = await this.register.require(certificate.cardId);
    return CertificateView.of(certificate, status, dispatch);
  }

  @Post(':certificateNumber/dispatch')
  @Roles('PRINTER')
  @ApiCreatedResponse({ type: CertificateDispatchView })
  async dispatch(
    @Param('certificateNumber', CertificateNumberPipe) certificateNumber: string,
    @Body() dto: DispatchCertificateDto,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<CertificateDispatchView> {
    const certificate = await this.certificates.requireVisibleTo(staff, certificateNumber);
    // The card the access check was made for, even if a successor takes the number meanwhile.
    return this.dispatchCertificate.execute(certificate.cardId, dto);
  }
}
