import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { KafkaConnection } from '../kafka/kafka-connection';
import { errorMessage } from '@tongban/util';

/** Up when the Kafka cluster answers a metadata request. */
@Injectable()
export class KafkaHealthIndicator {
  constructor(
    private readonly kafka: KafkaConnection,
    private readonly health: HealthIndicatorService,
  ) {}

  async check(key = 'kafka') {
    const indicator = this.health.check(key);
    try {
      return indicator.up(await this.kafka.describeCluster());
    } catch (error) {
      return indicator.down({ message: errorMessage(error) });
    }
  }
}
