import { Type } from 'class-transformer';
import {
  Equals,
  IsDefined,
  IsISO8601,
  IsInt,
  IsObject,
  IsOptional,
  IsUUID,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { COUNTY_CODE_MESSAGE, COUNTY_CODE_PATTERN } from '../vocabulary/county-code';

/**
 * What every message carries around its payload. The same class validates what a service
 * publishes and what it consumes, so a foreign system docking with us (R34) gets the same rules.
 */
export class EventEnvelope<P extends object = object> {
  /** Unique per event; the consumer's inbox de-duplicates on it. */
  @IsUUID()
  id!: string;

  /** `<context>.<entity>.<event>`; with the schema version it names the topic. */
  @Matches(/^[a-z]+(\.[a-z-]+){2}$/, {
    message: '$property must look like <context>.<entity>.<event>',
  })
  type!: string;

  @IsInt()
  @Min(1)
  schemaVersion!: number;

  @Matches(COUNTY_CODE_PATTERN, { message: COUNTY_CODE_MESSAGE })
  sourceCounty!: string;

  @Matches(COUNTY_CODE_PATTERN, { message: COUNTY_CODE_MESSAGE })
  destinationCounty!: string;

  /** Kafka key: all events of one case stay in order on one partition. */
  @IsUUID()
  caseId!: string;

  /** Shared by every event of one business flow. */
  @IsUUID()
  correlationId!: string;

  /** The event that caused this one; absent for the first event of a flow. */
  @IsOptional()
  @IsUUID()
  causationId?: string;

  @IsISO8601({ strict: true })
  occurredAt!: string;

  @IsDefined()
  @IsObject()
  payload!: P;
}

/** Identity of one event type: its name and the schema version its payload class describes. */
export interface EventType<P extends object> {
  readonly type: string;
  readonly schemaVersion: number;
  readonly payloadClass: new () => P;
}

/**
 * An envelope class whose `type`, `schemaVersion` and `payload` are pinned to one event type,
 * so validating a message checks the payload rules too.
 */
export function envelopeFor<P extends object>(eventType: EventType<P>) {
  class TypedEnvelope extends EventEnvelope<P> {
    @Equals(eventType.type)
    override type!: string;

    @Equals(eventType.schemaVersion)
    override schemaVersion!: number;

    @IsDefined()
    @ValidateNested()
    @Type(() => eventType.payloadClass)
    override payload!: P;
  }
  return TypedEnvelope;
}
