import { DynamicModule, Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { AuthModule } from '@tongban/auth';
import { ConfigModule, ServiceConfig } from '@tongban/config';
import { MESSAGING_ENTITIES, MessagingModule, ServiceIdentity } from '@tongban/messaging';
import { PersistenceModule, ServicePersistence } from '@tongban/persistence';
import { StorageModule } from '@tongban/storage';
import { Clock, SystemClock } from '@tongban/util';
import { LoggerModule } from 'nestjs-pino';
import { AsyncApiController } from './asyncapi/asyncapi.controller';
import { HealthController } from './health/health.controller';
import { loggerOptions } from './logging/logger-options';
import { PublicRateLimitModule } from './rate-limits/public-rate-limit.module';
import { ReadAuditEntry } from './read-audit/read-audit-entry.entity';
import { ReadAuditModule } from './read-audit/read-audit.module';

/** Tables every service keeps in its own schema besides its own: messaging and the read audit. */
export const RUNTIME_ENTITIES = [...MESSAGING_ENTITIES, ReadAuditEntry];

export interface ServiceRuntimeOptions {
  /** Also the PostgreSQL schema the service owns. */
  serviceName: string;
  config: ServiceConfig;
  entities: ServicePersistence['entities'];
  migrations: ServicePersistence['migrations'];
  /** Replaces the system clock, e.g. in tests. */
  clock?: Clock;
}

/**
 * Everything a Tongban service stands on: validated config, JSON logs, its database schema,
 * messaging, documents, health, the exchange contract (`GET /asyncapi.json`, R34), staff access
 * (every HTTP route needs a staff token unless marked `@Public()`, issue 4 item 10) and
 * per-address rate limits on the public routes. Apps import this once and add their features.
 */
@Global()
@Module({})
export class ServiceRuntimeModule {
  static forService(options: ServiceRuntimeOptions): DynamicModule {
    const { serviceName, config } = options;
    const shared = [
      { provide: ServiceIdentity, useValue: new ServiceIdentity(serviceName) },
      { provide: Clock, useValue: options.clock ?? new SystemClock() },
    ];
    return {
      module: ServiceRuntimeModule,
      global: true,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config.LOG_LEVEL, serviceName, config.NODE_ID)),
        PersistenceModule.forService({
          schema: serviceName,
          entities: [
            ...(options.entities as unknown[]),
            ...RUNTIME_ENTITIES,
          ] as ServicePersistence['entities'],
          migrations: options.migrations,
        }),
        MessagingModule,
        StorageModule,
        TerminusModule,
        AuthModule,
        PublicRateLimitModule.forConfig(config),
        ReadAuditModule,
      ],
      controllers: [HealthController, AsyncApiController],
      providers: shared,
      exports: shared,
    };
  }
}
