import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  chinaLocalDateOf,
  DomainRuleViolation,
  parseCertificateNumber,
  type LocalDate,
} from '@tongban/domain';
import { Clock } from '@tongban/util';
import { Repository } from 'typeorm';
import { CardByNumber } from '../../card-register/card-by-number';
import { CardRegisterReader } from '../../card-register/card-register-reader';
import { RegisteredCard } from '../../card-register/registered-card.entity';
import { Certificate } from '../certificate.entity';
import { badRequest } from '../../http/http-problems';
import { looksLikeVerificationToken } from '../verification-token';
import { showsValidUntil, verificationStatus } from './verification-status';
import { VerificationView } from './verification.view';

const CERTIFICATE_NUMBER_SHAPE = /^\d{17}[\dXx]\d\d(?:[Bb]\d+)?$/;

/**
 * Answers "is this card good?" for a QR token or a certificate number. The answer comes from
 * the card register, so cards issued before this system (imported) verify by number too.
 */
@Injectable()
export class VerifyCertificateService {
  constructor(
    @InjectRepository(Certificate) private readonly certificates: Repository<Certificate>,
    private readonly register: CardRegisterReader,
    private readonly cardByNumber: CardByNumber,
    private readonly clock: Clock,
  ) {}

  async verify(tokenOrNumber: string): Promise<VerificationView> {
    const today = chinaLocalDateOf(this.clock.now());
    const card = await this.find(tokenOrNumber, today);
    if (!card) {
      throw new NotFoundException({
        statusCode: 404,
        status: 'UNKNOWN',
        message: ['tokenOrNumber: no card was issued here with this token or number'],
      });
    }
    const status = verificationStatus(card, today);
    return showsValidUntil(status) ? { status, validUntil: card.validThrough } : { status };
  }

  private async find(tokenOrNumber: string, today: LocalDate): Promise<RegisteredCard | null> {
    if (looksLikeVerificationToken(tokenOrNumber)) {
      // Only printed cards carry a QR token; it names that very card, so an old card shows
      // its own status (superseded) even though its successor has the same number.
      const printed = await this.certificates.findOne({
        where: { verificationToken: tokenOrNumber },
        select: { cardId: true },
      });
      return printed ? this.register.findById(printed.cardId) : null;
    }
    if (CERTIFICATE_NUMBER_SHAPE.test(tokenOrNumber)) {
      // The card in force with this number, else the latest: an old number still answers.
      return this.cardByNumber.find(parseNumber(tokenOrNumber, today));
    }
    throw badRequest(
      'tokenOrNumber: expected a certificate number (ID number, category digit, level digit, optional B1, B2 …) or the token from the QR code of a card',
    );
  }
}

function parseNumber(value: string, today: LocalDate): string {
  try {
    return parseCertificateNumber(value, { asOf: today, field: 'tokenOrNumber' }).value;
  } catch (error) {
    if (error instanceof DomainRuleViolation) throw badRequest(error.message);
    throw error;
  }
}
