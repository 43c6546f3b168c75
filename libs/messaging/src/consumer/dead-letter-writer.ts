import { Injectable, Logger } from '@nestjs/common';
import { KafkaContext } from '@nestjs/microservices';
import { ServiceConfig } from '@tongban/config';
import { deadLetterTopicName } from '@tongban/contracts';
import { KafkaConnection } from '../kafka/kafka-connection';
import { ServiceIdentity } from '../service-identity';
import { DEAD_LETTER_SEAL, DEAD_LETTER_SEALED_HEADER, sealDeadLetter } from './dead-letter-seal';

/** Headers a dead letter carries, so an operator can see why and replay it where it came from. */
export const DeadLetterHeaders = {
  reason: 'x-dead-letter-reason',
  service: 'x-dead-letter-service',
  originalTopic: 'x-original-topic',
  originalPartition: 'x-original-partition',
  originalOffset: 'x-original-offset',
} as const;

/** Parks a message this service cannot handle on the node's dead-letter topic, sealed. */
@Injectable()
export class DeadLetterWriter {
  private readonly logger = new Logger(DeadLetterWriter.name);

  constructor(
    private readonly config: ServiceConfig,
    private readonly identity: ServiceIdentity,
    private readonly kafka: KafkaConnection,
  ) {}

  /** Resolves once the dead letter is stored; rejects (so the original is redelivered) if not. */
  async send(context: KafkaContext, reason: string): Promise<void> {
    const message = context.getMessage();
    const topic = deadLetterTopicName(this.config.NODE_ID);
    const value = serialise(message.value);
    await this.kafka.send(topic, [
      {
        key: message.key,
        value: value === null ? null : sealDeadLetter(Buffer.from(value)),
        headers: {
          ...stringHeaders(message.headers),
          ...(value === null ? {} : { [DEAD_LETTER_SEALED_HEADER]: DEAD_LETTER_SEAL }),
          [DeadLetterHeaders.reason]: reason.slice(0, 4000),
          [DeadLetterHeaders.service]: this.identity.serviceName,
          [DeadLetterHeaders.originalTopic]: context.getTopic(),
          [DeadLetterHeaders.originalPartition]: String(context.getPartition()),
          [DeadLetterHeaders.originalOffset]: message.offset,
        },
      },
    ]);
    // Only coordinates and the reason: the message itself may hold personal data (R32).
    this.logger.warn({
      msg: 'message dead-lettered',
      topic: context.getTopic(),
      partition: context.getPartition(),
      offset: message.offset,
      reason,
    });
  }
}

function serialise(value: unknown): string | Buffer | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || Buffer.isBuffer(value)) return value;
  return JSON.stringify(value);
}

function stringHeaders(headers: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries((headers ?? {}) as Record<string, unknown>)) {
    if (value !== undefined && value !== null) result[key] = String(value);
  }
  return result;
}
