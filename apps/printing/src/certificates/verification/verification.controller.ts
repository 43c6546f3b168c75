import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@tongban/auth';
import { VerificationView } from './verification.view';
import { VerifyCertificateService } from './verify-certificate.service';

/**
 * PUBLIC endpoint: anyone holding a card (or scanning its QR code) may ask whether it is good,
 * without a staff token (issue 4 item 10). It answers the card's standing only, never personal
 * or health data (R32).
 */
@ApiTags('verification')
// Public: the QR code on the card leads here from any phone, with no staff token.
@Public()
@Controller('verify')
export class VerificationController {
  constructor(private readonly verifyCertificate: VerifyCertificateService) {}

  @Get(':tokenOrNumber')
  @ApiOperation({ summary: 'Whether a card is valid, frozen or cancelled (public)', security: [] })
  @ApiOkResponse({ type: VerificationView })
  @ApiNotFoundResponse({ description: '{ status: "UNKNOWN" }: no card with this token or number' })
  verify(@Param('tokenOrNumber') tokenOrNumber: string): Promise<VerificationView> {
    return this.verifyCertificate.verify(tokenOrNumber);
  }
}
