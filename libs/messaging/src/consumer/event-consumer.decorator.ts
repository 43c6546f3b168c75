import { applyDecorators, Controller, UseFilters } from '@nestjs/common';
import { DeadLetterFilter } from './dead-letter.filter';

/** Marks a controller whose handlers consume events; failures go through the dead-letter policy. */
export const EventConsumer = () => applyDecorators(Controller(), UseFilters(DeadLetterFilter));
