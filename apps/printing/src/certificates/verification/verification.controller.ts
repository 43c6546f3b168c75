import { Controller, Get, Param, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { Public } from '@tongban/auth';
import type { Response } from 'express';
import { VERIFICATION_TOKEN_SHAPE } from '../verification-token';
import { VerificationView } from './verification.view';
import { VerifyCertificateService } from './verify-certificate.service';

/**
 * PUBLIC endpoint: anyone scanning a card's QR code may ask whether it is good, without a staff
 * token (issue 4 item 10). Keyed by the card's unguessable token only (issue 8 item 1).
 */
@ApiTags('verification')
// Public: the QR code on the card leads here from any phone, with no staff token.
@Public()
@ApiParam({
  name: 'token',
  description: 'The token of the QR code on the card (32 random bytes, base64url)',
  schema: { type: 'string', pattern: VERIFICATION_TOKEN_SHAPE.source },
})
@Controller('verify')
export class VerificationController {
  constructor(private readonly verifyCertificate: VerifyCertificateService) {}

  @Get(':token')
  @ApiOperation({
    summary: 'Whether a card is valid, frozen, lost or cancelled (public)',
    security: [],
  })
  @ApiOkResponse({ type: VerificationView })
  @ApiBadRequestResponse({ description: 'Not a QR token (certificate numbers are not looked up)' })
  @ApiNotFoundResponse({ description: '{ status: "UNKNOWN" }: no card with this token' })
  verify(@Param('token') token: string): Promise<VerificationView> {
    return this.verifyCertificate.verify(token);
  }

  @Get(':token/photo')
  @ApiOperation({ summary: "The holder's photo, while the card is theirs (public)", security: [] })
  @ApiProduces('image/png', 'image/jpeg')
  @ApiOkResponse({ description: 'The photo printed on the card' })
  @ApiBadRequestResponse({ description: 'Not a QR token' })
  @ApiNotFoundResponse({ description: 'No card with this token, or it is lost or cancelled' })
  async photo(@Param('token') token: string, @Res() response: Response): Promise<void> {
    const { bytes, contentType } = await this.verifyCertificate.photo(token);
    response.type(contentType).set('cache-control', 'no-store').send(bytes);
  }
}
