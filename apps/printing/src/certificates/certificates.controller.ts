import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { CertificateDispatch } from './certificate-dispatch.entity';
import { CertificateDispatchView } from './certificate-dispatch.view';
import { Certificate } from './certificate.entity';
import { CertificateNumberPipe } from './certificate-number.pipe';
import { CertificateView } from './certificate.view';
import { DispatchCertificateDto } from './dispatch-certificate.dto';
import { DispatchCertificateService } from './dispatch-certificate.service';
import { findCertificateOrFail } from './find-certificate';

/** Hukou-county staff: a certificate's status, dates and dispatch; mailing the card (R12, R29). */
@ApiTags('certificates')
@Controller('certificates')
export class CertificatesController {
  constructor(
    private readonly dispatchCertificate: DispatchCertificateService,
    @InjectRepository(Certificate) private readonly certificates: Repository<Certificate>,
    @InjectRepository(CertificateDispatch)
    private readonly dispatches: Repository<CertificateDispatch>,
  ) {}

  @Get(':certificateNumber')
  @ApiOkResponse({ type: CertificateView })
  async get(
    @Param('certificateNumber', CertificateNumberPipe) certificateNumber: string,
  ): Promise<CertificateView> {
    const certificate = await findCertificateOrFail(this.certificates.manager, certificateNumber);
    const dispatch = await this.dispatches.findOneBy({ certificateNumber });
    return CertificateView.of(certificate, dispatch);
  }

  @Post(':certificateNumber/dispatch')
  @ApiCreatedResponse({ type: CertificateDispatchView })
  dispatch(
    @Param('certificateNumber', CertificateNumberPipe) certificateNumber: string,
    @Body() dto: DispatchCertificateDto,
  ): Promise<CertificateDispatchView> {
    return this.dispatchCertificate.execute(certificateNumber, dto);
  }
}
