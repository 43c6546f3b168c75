import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { chinaLocalDateOf } from '@tongban/domain';
import { DocumentStore } from '@tongban/storage';
import { Clock } from '@tongban/util';
import { Repository } from 'typeorm';
import { CardRegisterReader } from '../../card-register/card-register-reader';
import { badRequest } from '../../http/http-problems';
import { Certificate } from '../certificate.entity';
import { looksLikeVerificationToken } from '../verification-token';
import { maskName } from './mask-name';
import { showsValidUntil, verificationStatus } from './verification-status';
import { VerificationView } from './verification.view';

const CERTIFICATE_NUMBER_SHAPE = /^\d{17}[\dXx]\d\d(?:[Bb]\d+)?$/;

/** The holder's photo for a checker who holds the card's token. */
export interface VerificationPhoto {
  readonly bytes: Buffer;
  readonly contentType: string;
}

/**
 * Answers "is this card good?" for the token of a card's QR code, and nothing else: a
 * certificate number begins with the holder's ID number, so answering for numbers would let
 * anyone who knows an ID learn the category and level by trying the 28 endings. The standing
 * comes from the card register; the token names one printed card, so an old card shows its
 * own status even though its successor has the same number.
 */
@Injectable()
export class VerifyCertificateService {
  constructor(
    @InjectRepository(Certificate) private readonly certificates: Repository<Certificate>,
    private readonly register: CardRegisterReader,
    private readonly documents: DocumentStore,
    private readonly clock: Clock,
  ) {}

  async verify(token: string): Promise<VerificationView> {
    const { certificate, card, status } = await this.standing(token);
    if (!showsValidUntil(status)) return { status };
    // Still the holder's card: what a checker needs to see it is theirs.
    return {
      status,
      validUntil: card.validThrough,
      maskedName: maskName(certificate.holderName),
      photoPath: `verify/${token}/photo`,
    };
  }

  /** The photo printed on the card, while the card is still its holder's. */
  async photo(token: string): Promise<VerificationPhoto> {
    const { certificate, status } = await this.standing(token);
    if (!showsValidUntil(status)) {
      throw new NotFoundException({
        statusCode: 404,
        status,
        message: [`token: the card is ${status.toLowerCase()}; its holder's photo is not shown`],
      });
    }
    return {
      bytes: await this.documents.getBuffer(certificate.photoKey),
      contentType: certificate.photoContentType,
    };
  }

  /** The printed card a token names, its register entry and its public standing today. */
  private async standing(token: string) {
    const certificate = await this.printedCard(token);
    const card = await this.register.findById(certificate.cardId);
    if (!card) throw unknownCard();
    const status = verificationStatus(card, chinaLocalDateOf(this.clock.now()));
    return { certificate, card, status };
  }

  private async printedCard(token: string): Promise<Certificate> {
    if (!looksLikeVerificationToken(token)) {
      throw badRequest(
        CERTIFICATE_NUMBER_SHAPE.test(token)
          ? 'token: cards are verified by the token of their QR code only; a certificate number is built from the holder’s ID number and is never looked up here (R32)'
          : 'token: expected the 43-character token from the QR code of a card',
      );
    }
    const found = await this.certificates.findOne({ where: { verificationToken: token } });
    if (!found) throw unknownCard();
    return found;
  }
}

function unknownCard(): NotFoundException {
  return new NotFoundException({
    statusCode: 404,
    status: 'UNKNOWN',
    message: ['token: no card was issued here with this token'],
  });
}
