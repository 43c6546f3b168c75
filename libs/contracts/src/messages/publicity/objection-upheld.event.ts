import { IsString, IsUUID, Length } from 'class-validator';
import { envelopeFor, EventType } from '../../envelope/event-envelope';

/** An objection during publicity was upheld: the case goes back to assessment (R9, R10). */
export class ObjectionUpheldPayload {
  @IsUUID()
  applicationId!: string;

  @IsString()
  @Length(1, 500)
  resolution!: string;
}

export const ObjectionUpheld: EventType<ObjectionUpheldPayload> = {
  type: 'publicity.objection.upheld',
  schemaVersion: 1,
  payloadClass: ObjectionUpheldPayload,
};
export class ObjectionUpheldEvent extends envelopeFor(ObjectionUpheld) {}
