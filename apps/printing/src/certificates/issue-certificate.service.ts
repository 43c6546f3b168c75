import { Injectable } from '@nestjs/common';
import { CaseApprovedEvent, Topics } from '@tongban/contracts';
import { chinaLocalDateOf } from '@tongban/domain';
import { EventPublisher } from '@tongban/messaging';
import { Clock } from '@tongban/util';
import { EntityManager } from 'typeorm';
import { RegisterPrintedCardService } from '../card-register/register-printed-card.service';
import { PrintingConfig } from '../config/printing.config';
import { Certificate } from './certificate.entity';
import { newCardTerms, NotIssuableError } from './new-card-terms';
import { newVerificationToken } from './verification-token';

/**
 * Issues the card of an approved case, registers it in the card register and emits
 * `printing.certificate.issued`, all in the caller's (inbox) transaction, so a redelivered
 * approval issues nothing twice.
 */
@Injectable()
export class IssueCertificateService {
  constructor(
    private readonly events: EventPublisher,
    private readonly clock: Clock,
    private readonly config: PrintingConfig,
    private readonly register: RegisterPrintedCardService,
  ) {}

  async execute(manager: EntityManager, event: CaseApprovedEvent): Promise<Certificate> {
    const { payload } = event;
    // R11: the hukou county approves and prints; a node issues cards only for counties it serves.
    if (!this.config.COUNTY_CODES.includes(payload.hukouCountyCode)) {
      throw new NotIssuableError(
        `payload.hukouCountyCode: county ${payload.hukouCountyCode} is not served by this node; only the hukou county prints the card (R11)`,
      );
    }
    const { classification, photo } = payload;
    if (payload.certificateOutcome !== 'ISSUE_NEW' || !classification || !photo) {
      throw new NotIssuableError(
        `certificateOutcome: ${payload.certificateOutcome} for ${payload.caseKind} needs the county's card register; this printing issues new certificates only`,
      );
    }
    const { category, level, impairments } = classification;
    const terms = newCardTerms(
      { caseKind: payload.caseKind, idNumber: payload.applicant.idNumber, category, level },
      chinaLocalDateOf(this.clock.now()),
    );
    // The number holds the ID number, so the refusal names the application instead (R32). The
    // register knows imported cards too: a card in force issued before this system blocks a
    // second one; a superseded, cancelled or migrated-out one does not.
    if (await this.register.isRegistered(manager, terms.certificateNumber)) {
      throw new NotIssuableError(
        `certificateNumber: the holder of application ${payload.applicationId} already has a card with this number; a further card is a renewal, replacement or change (R13–R24)`,
      );
    }
    // Same transaction: a card is never issued without its register entry, where its status
    // lives. The entry comes first: the certificate is keyed by the entry's card id.
    const registered = await this.register.execute(manager, {
      cardNumber: terms.certificateNumber,
      holderIdNumber: terms.certificateNumber.slice(0, 18),
      category,
      level,
      issuingCountyCode: payload.hukouCountyCode,
      issuedOn: terms.issuedOn,
      validFrom: terms.validFrom,
      validThrough: terms.validThrough,
      applicationId: payload.applicationId,
    });
    const certificate = manager.create(Certificate, {
      ...terms,
      cardId: registered.cardId,
      applicationId: payload.applicationId,
      caseKind: payload.caseKind,
      holderName: payload.applicant.name,
      holderIdNumber: registered.holderIdNumber,
      category,
      level,
      impairments: impairments.map((i) => ({ category: i.category, level: i.level })),
      issuingCountyCode: payload.hukouCountyCode,
      residenceCountyCode: payload.residenceCountyCode,
      mailingAddress: { ...payload.applicant.mailingAddress },
      photoKey: photo.key,
      photoSha256: photo.sha256,
      photoContentType: photo.contentType,
      verificationToken: newVerificationToken(),
      correlationId: event.correlationId,
      approvedEventId: event.id,
    });
    await manager.insert(Certificate, certificate);
    await this.events.publish(manager, Topics.certificateIssued, {
      caseId: event.caseId,
      sourceCounty: payload.hukouCountyCode,
      destinationCounty: payload.hukouCountyCode,
      correlationId: event.correlationId,
      causationId: event.id,
      payload: {
        applicationId: payload.applicationId,
        certificateNumber: certificate.certificateNumber,
        validFrom: certificate.validFrom,
        validUntil: certificate.validThrough,
        issuedOn: certificate.issuedOn,
      },
    });
    return certificate;
  }
}
