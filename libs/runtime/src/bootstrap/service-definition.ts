import type { DynamicModule } from '@nestjs/common';
import { ServiceConfig } from '@tongban/config';

/**
 * What it takes to run one service, the same for its `main.ts`, tests and tools: its name
 * (also its database schema), its configuration class and its root module.
 */
export interface ServiceDefinition<C extends ServiceConfig = ServiceConfig> {
  serviceName: string;
  configClass: new () => C;
  rootModule: (config: C) => DynamicModule;
  /** Whether the service has `@EventPattern` handlers to connect to Kafka. */
  consumesEvents: boolean;
  /**
   * Where its consumer group starts the first time it runs: at the beginning of its topics
   * (the default: nothing published before it ran is missed) or, when this says false, at
   * their end.
   */
  readsHistory?: (config: C) => boolean;
}
