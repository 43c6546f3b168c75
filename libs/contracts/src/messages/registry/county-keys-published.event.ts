import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBase64,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { envelopeFor, EventType } from '../../envelope/event-envelope';
import { IsCountyCode } from '../../validation/domain-validators';

/** What a registered key is for: signing what a county sends (Ed25519). */
export const COUNTY_KEY_USES = ['signing'] as const;
export type CountyKeyUse = (typeof COUNTY_KEY_USES)[number];

/**
 * Every publication of the registry is one flow: this is its envelope's `caseId` and so its
 * record key, which keeps the publications on one partition, in order.
 */
export const KEY_REGISTRY_FLOW_ID = '6b1f3d0e-2c4a-4e8b-9a57-0d3c6f1e8a42';

/** RFC 7638 JWK thumbprint (SHA-256, base64url): the id by which every node names a key. */
export const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** One county key as the national registry publishes it: public, so no personal data. */
export class RegisteredCountyKey {
  @IsCountyCode()
  county!: string;

  @Matches(KEY_ID_PATTERN, { message: '$property must be an RFC 7638 SHA-256 JWK thumbprint' })
  keyId!: string;

  @IsIn(COUNTY_KEY_USES)
  use!: CountyKeyUse;

  /** The public key, base64 SPKI DER. */
  @IsBase64()
  @Length(1, 200)
  publicKey!: string;

  /** From when envelopes signed with it are accepted. */
  @IsISO8601({ strict: true })
  validFrom!: string;

  /** From when envelopes signed with it are refused, whatever they claim about their own time. */
  @IsOptional()
  @IsISO8601({ strict: true })
  revokedAt?: string;

  @IsOptional()
  @IsString()
  @Length(1, 500)
  revocationReason?: string;
}

/**
 * The whole registry of county keys, as the national node signs and publishes it after every
 * change (R34: the trust a provincial system docks into). Each publication replaces the one
 * before; a receiver keeps the highest sequence it verified and never goes back.
 */
export class CountyKeysPublishedPayload {
  @IsInt()
  @Min(1)
  sequence!: number;

  @IsISO8601({ strict: true })
  issuedAt!: string;

  @IsArray()
  @ArrayMaxSize(100_000)
  @ValidateNested({ each: true })
  @Type(() => RegisteredCountyKey)
  keys!: RegisteredCountyKey[];
}

export const CountyKeysPublished: EventType<CountyKeysPublishedPayload> = {
  type: 'registry.county-keys.published',
  schemaVersion: 1,
  payloadClass: CountyKeysPublishedPayload,
};
export class CountyKeysPublishedEvent extends envelopeFor(CountyKeysPublished) {}
