import { ArrayMinSize, IsString, IsUUID } from 'class-validator';
import { envelopeFor, EventType } from '../../envelope/event-envelope';

/** The residence county refused an application, with every reason (R5, R7). */
export class ApplicationRefusedPayload {
  @IsUUID()
  applicationId!: string;

  @ArrayMinSize(1)
  @IsString({ each: true })
  reasons!: string[];
}

export const ApplicationRefused: EventType<ApplicationRefusedPayload> = {
  type: 'intake.application.refused',
  schemaVersion: 1,
  payloadClass: ApplicationRefusedPayload,
};
export class ApplicationRefusedEvent extends envelopeFor(ApplicationRefused) {}
