import { Injectable } from '@nestjs/common';
import { DocumentStore } from '@tongban/storage';
import { Clock } from '@tongban/util';
import { PrintingConfig } from '../../config/printing.config';
import { Certificate } from '../certificate.entity';
import { conflict } from '../../http/http-problems';
import { cardContent } from './card-content';
import { CardFonts } from './card-fonts.provider';
import { photoProblem } from './card-photo';
import { renderCardPdf } from './card-renderer';

/** The printable card of a certificate: photo from this node's bucket, text, QR code (R12). */
@Injectable()
export class CertificateCardService {
  constructor(
    private readonly documents: DocumentStore,
    private readonly fonts: CardFonts,
    private readonly config: PrintingConfig,
    private readonly clock: Clock,
  ) {}

  /** The card of a certificate the caller found (and checked access to) by its number. */
  async render(certificate: Certificate): Promise<Buffer> {
    const photo = await this.readPhoto(certificate.photoKey);
    const problem = photoProblem(photo, certificate.photoSha256);
    if (problem) throw conflict(problem);
    return renderCardPdf({
      content: cardContent(certificate, this.config.verifyBaseUrl()),
      photo,
      fonts: this.fonts.get(),
      createdAt: this.clock.now(),
    });
  }

  private async readPhoto(key: string): Promise<Buffer> {
    try {
      return await this.documents.getBuffer(key);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 'NoSuchKey' || code === 'NotFound') {
        throw conflict(
          "photo: the approved photo is not in this node's bucket (R30); have it transferred again",
        );
      }
      throw error;
    }
  }
}
