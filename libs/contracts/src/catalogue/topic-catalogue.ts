import { EventType } from '../envelope/event-envelope';
import { ApplicationDrafted } from '../messages/intake/application-drafted/application-drafted.event';

/**
 * Who reads a topic. `node`: services of one county node; `county`: the node serving a
 * destination county (inter-county exchange); `national`: the monitoring office.
 */
export type TopicScope = 'node' | 'county' | 'national';

export interface TopicDefinition<P extends object = object> extends EventType<P> {
  readonly scope: TopicScope;
  readonly description: string;
}

/** The one catalogue of events. Nothing else in the code base defines a topic. */
export const Topics = {
  applicationDrafted: {
    ...ApplicationDrafted,
    scope: 'node',
    description: 'An application draft was stored by intake (no personal data).',
  },
} as const satisfies Record<string, TopicDefinition>;

export type TopicKey = keyof typeof Topics;

/** The handler pattern of an event type: `<type>.v<schemaVersion>`. */
export function eventPattern(eventType: EventType<object>): string {
  return `${eventType.type}.v${eventType.schemaVersion}`;
}

/** Where a topic lives for one reader. Kafka names: letters, digits, dot, dash, underscore. */
export interface TopicAudience {
  nodeId: string;
  countyCode?: string;
}

/** The Kafka topic name of a catalogue entry for one node or destination county. */
export function topicName(topic: TopicDefinition, audience: TopicAudience): string {
  switch (topic.scope) {
    case 'node':
      return `tongban.node.${audience.nodeId}.${eventPattern(topic)}`;
    case 'county':
      if (!audience.countyCode)
        throw new Error(`${topic.type} is addressed to a county; none given`);
      return `tongban.county.${audience.countyCode}.${eventPattern(topic)}`;
    case 'national':
      return `tongban.national.${eventPattern(topic)}`;
  }
}

/** Messages a service could not validate or process, with the reason in their headers. */
export function deadLetterTopicName(nodeId: string): string {
  return `tongban.node.${nodeId}.dead-letter`;
}

/** Finds the catalogue entry for an event pattern, if any. */
export function findTopicByPattern(pattern: string): TopicDefinition | undefined {
  return Object.values(Topics).find((topic) => eventPattern(topic) === pattern);
}
