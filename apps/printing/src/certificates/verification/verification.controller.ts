import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { VerificationView } from './verification.view';
import { VerifyCertificateService } from './verify-certificate.service';

/**
 * PUBLIC endpoint: anyone holding a card (or scanning its QR code) may ask whether it is good,
 * without a staff token. It must stay open when staff authentication is added (issue 4 item 10),
 * and it answers the card's standing only, never personal or health data (R32).
 */
@ApiTags('verification')
@Controller('verify')
export class VerificationController {
  constructor(private readonly verifyCertificate: VerifyCertificateService) {}

  @Get(':tokenOrNumber')
  @ApiOkResponse({ type: VerificationView })
  @ApiNotFoundResponse({ description: '{ status: "UNKNOWN" }: no card with this token or number' })
  verify(@Param('tokenOrNumber') tokenOrNumber: string): Promise<VerificationView> {
    return this.verifyCertificate.verify(tokenOrNumber);
  }
}
