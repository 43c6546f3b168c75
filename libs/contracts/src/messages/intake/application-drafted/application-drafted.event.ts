import { envelopeFor, EventType } from '../../../envelope/event-envelope';
import { ApplicationDraftedPayload } from './application-drafted.payload';

export const ApplicationDrafted: EventType<ApplicationDraftedPayload> = {
  type: 'intake.application.drafted',
  schemaVersion: 1,
  payloadClass: ApplicationDraftedPayload,
};

/** The envelope of {@link ApplicationDrafted}, validated as a whole on both sides. */
export class ApplicationDraftedEvent extends envelopeFor(ApplicationDrafted) {}
