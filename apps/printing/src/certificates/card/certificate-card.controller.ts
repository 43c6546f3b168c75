import { Controller, Get, Header, Param, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, Roles, StaffPrincipal } from '@tongban/auth';
import { CertificateAccess } from '../certificate-access';
import { CertificateNumberPipe } from '../certificate-number.pipe';
import { CertificateCardService } from './certificate-card.service';
import { AuditedRead } from '@tongban/runtime';

/** Hukou-county staff: the printable card (R11, R12). */
@ApiTags('certificates')
@Controller('certificates')
export class CertificateCardController {
  constructor(
    private readonly certificates: CertificateAccess,
    private readonly cards: CertificateCardService,
  ) {}

  // The answer is the PDF: the case is not in it, the masked path and the time say which print.
  @AuditedRead({
    subject: 'card PDF',
    fields: ['holder', 'photo', 'category', 'level'],
    caseOf: () => undefined,
  })
  @Get(':certificateNumber/card.pdf')
  @Roles('PRINTER')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The card as a one-page PDF (ID-1 size)' })
  // The card carries personal data (R32): no shared or browser cache keeps a copy.
  @Header('Cache-Control', 'no-store')
  async card(
    @Param('certificateNumber', CertificateNumberPipe) certificateNumber: string,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<StreamableFile> {
    const certificate = await this.certificates.requireVisibleTo(staff, certificateNumber);
    const pdf = await this.cards.render(certificate);
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: 'inline; filename="certificate-card.pdf"',
      length: pdf.length,
    });
  }
}
