import { Deadline } from './deadline.entity';

export * from './deadline-dates';
export * from './deadline-tracker';
export * from './deadline-watch';
export * from './deadline.entity';
export * from './deadline.view';
export * from './deadlines.module';

/** Tables of a service that tracks time limits. */
export const DEADLINE_ENTITIES = [Deadline];
