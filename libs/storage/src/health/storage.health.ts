import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { DocumentStore } from '../document-store';
import { errorMessage } from '@tongban/util';

/** Up when the node's bucket answers. */
@Injectable()
export class StorageHealthIndicator {
  constructor(
    private readonly documents: DocumentStore,
    private readonly health: HealthIndicatorService,
  ) {}

  async check(key = 'storage') {
    const indicator = this.health.check(key);
    try {
      const reachable = await this.documents.isReachable();
      return reachable
        ? indicator.up({ bucket: this.documents.bucket })
        : indicator.down({ message: 'bucket missing' });
    } catch (error) {
      return indicator.down({ message: errorMessage(error) });
    }
  }
}
