import { ExchangeLogEntry } from './exchange/exchange-log.entity';
import { InboxMessage } from './inbox/inbox-message.entity';
import { OutboxMessage } from './outbox/outbox-message.entity';

/** Tables every service that publishes or consumes events keeps in its own schema. */
export const MESSAGING_ENTITIES = [OutboxMessage, InboxMessage, ExchangeLogEntry];
