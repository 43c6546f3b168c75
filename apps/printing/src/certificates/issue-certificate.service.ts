import { Injectable } from '@nestjs/common';
import { CaseApprovedEvent, DocumentReferenceDto, Topics } from '@tongban/contracts';
import { chinaLocalDateOf, type Classification } from '@tongban/domain';
import { EventPublisher } from '@tongban/messaging';
import { Clock } from '@tongban/util';
import { EntityManager } from 'typeorm';
import { RegisterPrintedCardService } from '../card-register/register-printed-card.service';
import { Certificate } from './certificate.entity';
import { newCardTerms, NotIssuableError, type NewCardTerms } from './new-card-terms';
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
    private readonly register: RegisterPrintedCardService,
  ) {}

  /** A new certificate (R11, R12): the number and ten years' validity from today (R13, R15). */
  async execute(manager: EntityManager, event: CaseApprovedEvent): Promise<Certificate> {
    const { payload } = event;
    const { classification, photo } = payload;
    if (payload.certificateOutcome !== 'ISSUE_NEW' || !classification || !photo) {
      throw new NotIssuableError(
        `certificateOutcome: a new certificate needs the outcome ISSUE_NEW, the classification and the photo (R11, R12)`,
      );
    }
    const terms = newCardTerms(
      {
        caseKind: payload.caseKind,
        idNumber: payload.applicant.idNumber,
        category: classification.category,
        level: classification.level,
      },
      chinaLocalDateOf(this.clock.now()),
    );
    return this.print(manager, event, terms, classification, photo);
  }

  /**
   * Issues and registers a card on the given terms with its issued event, all in the caller's
   * transaction. The card a replacement supersedes must no longer be in force by then.
   */
  async print(
    manager: EntityManager,
    event: CaseApprovedEvent,
    terms: NewCardTerms,
    classification: Classification,
    photo: DocumentReferenceDto,
  ): Promise<Certificate> {
    const { payload } = event;
    const { category, level, impairments } = classification;
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
