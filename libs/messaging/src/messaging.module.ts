import { Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { DeadLetterFilter } from './consumer/dead-letter.filter';
import { CountyEncryption } from './exchange/county-encryption';
import { CountySignatures } from './exchange/county-signatures';
import { CountyKeyRegistry } from './exchange/key-registry/county-key-registry';
import { KeyRegistryFollower } from './exchange/key-registry/key-registry-follower';
import { ExchangeLog } from './exchange/exchange-log';
import { DeadLetterWriter } from './consumer/dead-letter-writer';
import { KafkaHealthIndicator } from './health/kafka.health';
import { Inbox } from './inbox/inbox';
import { KafkaConnection } from './kafka/kafka-connection';
import { EventPublisher } from './outbox/event-publisher';
import { OutboxPurge } from './outbox/outbox-purge';
import { OutboxRelay } from './outbox/outbox-relay';

const exported = [
  EventPublisher,
  Inbox,
  KafkaConnection,
  DeadLetterWriter,
  DeadLetterFilter,
  KafkaHealthIndicator,
  CountySignatures,
  CountyKeyRegistry,
  KeyRegistryFollower,
  CountyEncryption,
  ExchangeLog,
];

/**
 * Outbox, relay, inbox and dead letters for one service. Needs {@link ServiceConfig},
 * `ServiceIdentity`, `Clock` and a TypeORM DataSource whose entities include MESSAGING_ENTITIES.
 */
@Global()
@Module({
  imports: [TerminusModule],
  providers: [...exported, OutboxRelay, OutboxPurge],
  exports: [...exported, OutboxRelay, OutboxPurge],
})
export class MessagingModule {}
