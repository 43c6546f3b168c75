import { Module } from '@nestjs/common';
import { DeadlineTracker } from './deadline-tracker';
import { DeadlineWatch } from './deadline-watch';

/**
 * Durable time limits for a service whose persistence includes DEADLINE_ENTITIES. Import once
 * per service; feature modules inject DeadlineTracker.
 */
@Module({
  providers: [DeadlineTracker, DeadlineWatch],
  exports: [DeadlineTracker, DeadlineWatch],
})
export class DeadlinesModule {}
