import { Injectable } from '@nestjs/common';
import { Topics } from '@tongban/contracts';
import { chinaLocalDateOf } from '@tongban/domain';
import { EventPublisher } from '@tongban/messaging';
import { Clock } from '@tongban/util';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import type { Application } from '../applications/application.entity';
import { CardFactsRecord } from './card-facts-record.entity';

/**
 * Asks the hukou county about the card a case names, over the exchange (signed by the relay,
 * logged on both sides), in the caller's transaction. Asking again replaces the request in
 * force and forgets any earlier answer, so the clerk sees what the county says now.
 */
@Injectable()
export class RequestCardFactsService {
  constructor(
    private readonly events: EventPublisher,
    private readonly clock: Clock,
  ) {}

  async execute(manager: EntityManager, application: Application): Promise<CardFactsRecord> {
    const requestId = randomUUID();
    const record = manager.create(CardFactsRecord, {
      applicationId: application.id,
      requestId,
      certificateNumber: application.currentCertificateNumber!,
      hukouCountyCode: application.hukouCountyCode,
      requestedOn: chinaLocalDateOf(this.clock.now()),
      answeredOn: null,
      outcome: null,
      facts: null,
    });
    await manager.save(CardFactsRecord, record);
    await this.events.publish(manager, Topics.cardFactsRequested, {
      caseId: application.id,
      sourceCounty: application.residenceCountyCode,
      destinationCounty: application.hukouCountyCode,
      payload: {
        requestId,
        applicationId: application.id,
        caseKind: application.caseKind,
        certificateNumber: application.currentCertificateNumber!,
      },
    });
    return record;
  }
}
