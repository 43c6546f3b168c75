import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { ServiceConfig } from '@tongban/config';
import { PUBLIC_RATE_LIMIT_WINDOW_MS, PublicRateLimitGuard } from './public-rate-limit.guard';

/**
 * Per-address limits on the public endpoints of one service. Counters live in this process's
 * memory: each service runs as one process per county node, and a restart forgetting a minute
 * of counts costs little.
 */
@Module({})
export class PublicRateLimitModule {
  static forConfig(config: ServiceConfig): DynamicModule {
    return {
      module: PublicRateLimitModule,
      imports: [
        ThrottlerModule.forRoot({
          throttlers: [
            { ttl: PUBLIC_RATE_LIMIT_WINDOW_MS, limit: config.PUBLIC_RATE_LIMIT_PER_MINUTE },
          ],
        }),
      ],
      providers: [{ provide: APP_GUARD, useClass: PublicRateLimitGuard }],
    };
  }
}
