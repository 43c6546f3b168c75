import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '@tongban/auth';
import { KafkaHealthIndicator } from '@tongban/messaging';
import { StorageHealthIndicator } from '@tongban/storage';

/** Liveness and readiness of one service: its database, Kafka and S3. */
@ApiTags('operations')
// Probes of the orchestrator and load balancer carry no staff token; the answer names no case.
@Public()
// Operators and orchestrators poll it; a rate limit would only make a healthy node look down.
@SkipThrottle()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly kafka: KafkaHealthIndicator,
    private readonly storage: StorageHealthIndicator,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Liveness and readiness (no staff token)', security: [] })
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 2_000 }),
      () => this.kafka.check('kafka'),
      () => this.storage.check('storage'),
    ]);
  }
}
