import { Injectable } from '@nestjs/common';
import { ServiceConfig } from '@tongban/config';
import { EventEnvelope, TopicDefinition, topicName } from '@tongban/contracts';
import { CountySignatures } from '../exchange/county-signatures';
import { Clock } from '@tongban/util';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { OutboxMessage } from './outbox-message.entity';

/** What the caller knows about an event; the publisher adds id, time and version. */
export interface NewEvent<P extends object> {
  caseId: string;
  sourceCounty: string;
  destinationCounty: string;
  payload: P;
  /** Defaults to the case id: a case is one business flow across services and counties. */
  correlationId?: string;
  causationId?: string;
}

/**
 * Feature code's one way to emit an event: it goes into the outbox inside the caller's
 * transaction and is relayed to Kafka after commit.
 */
@Injectable()
export class EventPublisher {
  constructor(
    private readonly config: ServiceConfig,
    private readonly clock: Clock,
    private readonly signatures: CountySignatures,
  ) {}

  /** Appends the event to the outbox using the caller's transaction; returns its envelope. */
  async publish<P extends object>(
    manager: EntityManager,
    topic: TopicDefinition<P>,
    event: NewEvent<P>,
  ): Promise<EventEnvelope<P>> {
    if ((topic.scope === 'county' || topic.scope === 'registry') && !this.signatures.canSign()) {
      // Refuse now, inside the business transaction, rather than strand an unsendable row.
      throw new Error(
        `cannot publish ${topic.type} to ${event.destinationCounty}: EXCHANGE_SIGNING_KEY is not configured`,
      );
    }
    const id = randomUUID();
    const envelope: EventEnvelope<P> = {
      id,
      type: topic.type,
      schemaVersion: topic.schemaVersion,
      sourceCounty: event.sourceCounty,
      destinationCounty: event.destinationCounty,
      caseId: event.caseId,
      correlationId: event.correlationId ?? event.caseId,
      causationId: event.causationId,
      occurredAt: this.clock.now().toISOString(),
      payload: event.payload,
    };
    assertValidEnvelope(topic, envelope);
    await manager.insert(OutboxMessage, {
      eventId: id,
      topic: topicName(topic, { nodeId: this.config.NODE_ID, countyCode: event.destinationCounty }),
      messageKey: event.caseId,
      envelope,
    });
    return envelope;
  }
}

/** Publishing an invalid event is a programming error: fail the transaction, loudly. */
function assertValidEnvelope<P extends object>(
  topic: TopicDefinition<P>,
  envelope: EventEnvelope<P>,
): void {
  const typed = plainToInstance(EventEnvelope, envelope);
  const payload = plainToInstance(topic.payloadClass, envelope.payload);
  const errors = [...validateSync(typed), ...validateSync(payload, { forbidUnknownValues: true })];
  if (errors.length > 0) {
    const fields = errors.map(
      (e) => `${e.property}: ${Object.values(e.constraints ?? {}).join(', ')}`,
    );
    throw new Error(`refusing to publish an invalid ${topic.type} event: ${fields.join('; ')}`);
  }
}
