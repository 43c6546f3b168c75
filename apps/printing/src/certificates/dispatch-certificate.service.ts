import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Topics } from '@tongban/contracts';
import { chinaLocalDateOf } from '@tongban/domain';
import { EventPublisher } from '@tongban/messaging';
import { CardRegisterReader } from '../card-register/card-register-reader';
import { Clock } from '@tongban/util';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { CertificateDispatch } from './certificate-dispatch.entity';
import { CertificateDispatchView } from './certificate-dispatch.view';
import { Certificate } from './certificate.entity';
import { DispatchCertificateDto } from './dispatch-certificate.dto';
import { conflict, notFound } from '../http/http-problems';

const UNIQUE_VIOLATION = '23505';

/**
 * Records that a card left by express to the applicant's chosen address (R12), cash on delivery
 * (R29), and tells the residence county in the same transaction (a signed county event).
 */
@Injectable()
export class DispatchCertificateService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
    private readonly register: CardRegisterReader,
  ) {}

  /** Dispatches the printed card `cardId` (found by its number through CertificateAccess). */
  async execute(cardId: string, dto: DispatchCertificateDto): Promise<CertificateDispatchView> {
    try {
      const dispatch = await this.dataSource.transaction((manager) =>
        this.dispatch(manager, cardId, dto),
      );
      return CertificateDispatchView.of(dispatch);
    } catch (error) {
      // Only a concurrent request can get past the checks below; the constraint still holds.
      if (error instanceof QueryFailedError && errorCode(error) === UNIQUE_VIOLATION) {
        throw conflict(
          'certificateNumber: this card or waybill was dispatched by a concurrent request; a card is mailed once (R12)',
        );
      }
      throw error;
    }
  }

  private async dispatch(
    manager: EntityManager,
    cardId: string,
    dto: DispatchCertificateDto,
  ): Promise<CertificateDispatch> {
    // The row lock makes a second request for the same card wait and then see the first one.
    const certificate = await manager.findOne(Certificate, {
      where: { cardId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!certificate) {
      throw notFound('certificateNumber: no certificate with this number was issued here');
    }
    await this.refuseIfNotMailable(manager, certificate, dto);
    const address = certificate.mailingAddress;
    const dispatch = manager.create(CertificateDispatch, {
      cardId: certificate.cardId,
      certificateNumber: certificate.certificateNumber,
      courier: dto.courier,
      waybillNumber: dto.waybillNumber,
      cashOnDelivery: true, // R29
      recipientName: address.recipientName,
      recipientPhone: address.phone,
      recipientCountyCode: address.countyCode,
      addressLine: address.addressLine,
      dispatchedOn: chinaLocalDateOf(this.clock.now()),
    });
    await manager.insert(CertificateDispatch, dispatch);
    await this.events.publish(manager, Topics.certificateDispatched, {
      caseId: certificate.applicationId,
      sourceCounty: certificate.issuingCountyCode,
      destinationCounty: certificate.residenceCountyCode,
      correlationId: certificate.correlationId,
      payload: {
        applicationId: certificate.applicationId,
        certificateNumber: certificate.certificateNumber,
        validFrom: certificate.validFrom,
        validUntil: certificate.validThrough,
        courier: dispatch.courier,
        waybillNumber: dispatch.waybillNumber,
        cashOnDelivery: true,
        dispatchedOn: dispatch.dispatchedOn,
      },
    });
    // Approval at this node closes R27 (approve, print and mail) on it.
    await this.events.publish(manager, Topics.certificateMailed, {
      caseId: certificate.applicationId,
      sourceCounty: certificate.issuingCountyCode,
      destinationCounty: certificate.issuingCountyCode,
      correlationId: certificate.correlationId,
      payload: {
        applicationId: certificate.applicationId,
        waybillNumber: dispatch.waybillNumber,
        mailedOn: dispatch.dispatchedOn,
      },
    });
    return manager.findOneByOrFail(CertificateDispatch, { cardId: certificate.cardId });
  }

  private async refuseIfNotMailable(
    manager: EntityManager,
    certificate: Certificate,
    dto: DispatchCertificateDto,
  ): Promise<void> {
    const earlier = await manager.findOneBy(CertificateDispatch, { cardId: certificate.cardId });
    if (earlier) {
      throw conflict(
        `certificateNumber: this card was already dispatched on ${earlier.dispatchedOn} by ${earlier.courier}, waybill ${earlier.waybillNumber}; a card is mailed once (R12), a lost one is replaced (R22)`,
      );
    }
    const { status } = await this.register.require(certificate.cardId, manager);
    if (status !== 'ACTIVE') {
      throw conflict(
        `certificateNumber: the card is ${status}; only an ACTIVE card is mailed (R12, R21, R22, R23)`,
      );
    }
    if (
      await manager.existsBy(CertificateDispatch, {
        courier: dto.courier,
        waybillNumber: dto.waybillNumber,
      })
    ) {
      throw conflict(
        `waybillNumber: waybill ${dto.waybillNumber} of ${dto.courier} is already on another card's dispatch (R12)`,
      );
    }
  }
}

function errorCode(error: QueryFailedError): unknown {
  return (error.driverError as { code?: unknown } | undefined)?.code;
}
