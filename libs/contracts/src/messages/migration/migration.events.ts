import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { envelopeFor, EventType } from '../../envelope/event-envelope';
import { CardFactsDto } from '../exchange/card-facts.events';
import { SignedTextDto } from '../../shared/signed-text.dto';
import { PACKAGE_PATH_PATTERN } from '../../shared/transfer-manifest.dto';
import {
  IsCertificateNumber,
  IsCountyCode,
  IsLocalDate,
  IsResidentIdNumber,
} from '../../validation/domain-validators';

/*
 * A migration (R18–R21) between up to three deployments: the residence county R hands the case
 * to the new hukou county N (exchange.case.handed-over v2, with the original hukou county);
 * N sends O the notice; O answers with the holder's archive, or says why it cannot; N
 * acknowledges the archive with a signed receipt (or refusal, and O sends the failed files
 * again), reminds O when the answer is late (催办), and tells O when the new card is issued so
 * that O's register marks the old one migrated out (R19). Every message is signed by its
 * sender and encrypted to its receiver; each is keyed by the case, so they stay in order.
 */

/** The holder as the original hukou county's register knows them: enough to find the card. */
export class MigratingHolderDto {
  @IsResidentIdNumber()
  idNumber!: string;

  @IsString()
  @Length(1, 50)
  name!: string;
}

/** N to O: the holder's hukou moved to N; send the archive of the card O issued (R18, R19). */
export class MigrationNoticeSentPayload {
  @IsUUID()
  applicationId!: string;

  @IsString()
  applicationNumber!: string;

  @ValidateNested()
  @Type(() => MigratingHolderDto)
  holder!: MigratingHolderDto;

  /** The card O issued, as the residence county took it in. */
  @IsCertificateNumber()
  certificateNumber!: string;

  @IsCountyCode()
  residenceCountyCode!: string;

  /** N, the new hukou county, which approves and prints (R18). */
  @IsCountyCode()
  destinationCountyCode!: string;

  @IsLocalDate()
  noticeOn!: string;

  /** By when N expects the archive, in N's working days: after it, N reminds O (催办). */
  @IsLocalDate()
  answerDueOn!: string;
}

/** One file of the package and where N fetches it: a short-lived URL of O's store. */
export class ArchiveFileLocationDto {
  @Matches(PACKAGE_PATH_PATTERN)
  path!: string;

  @IsUrl({ require_tld: false, require_protocol: true })
  url!: string;

  @IsISO8601({ strict: true })
  urlExpiresAt!: string;
}

/**
 * O to N: the holder's electronic archive (R19, R30) as a signed transfer manifest
 * (docs/exchange/ARCHIVE-TRANSFER.md), where to fetch each file, and the card's facts N needs
 * to print its successor and to judge a follow-up assessment (R20). Sent again, same manifest,
 * with fresh URLs for the files a refusal named.
 */
export class ArchiveOfferedPayload {
  @IsUUID()
  applicationId!: string;

  @IsUUID()
  transferId!: string;

  @ValidateNested()
  @Type(() => SignedTextDto)
  manifest!: SignedTextDto;

  @ArrayMinSize(1)
  @ArrayMaxSize(10_000)
  @ValidateNested({ each: true })
  @Type(() => ArchiveFileLocationDto)
  files!: ArchiveFileLocationDto[];

  @IsCertificateNumber()
  certificateNumber!: string;

  @ValidateNested()
  @Type(() => CardFactsDto)
  card!: CardFactsDto;

  /** Which sending of this transfer this is: 1, then one more for each resend. */
  @IsInt()
  @Min(1)
  attempt!: number;

  @IsLocalDate()
  offeredOn!: string;
}

/** N to O: the signed receipt (ACCEPTED) or refusal naming each failed file (REFUSED). */
export class ArchiveReceiptedPayload {
  @IsUUID()
  applicationId!: string;

  @IsUUID()
  transferId!: string;

  @ValidateNested()
  @Type(() => SignedTextDto)
  receipt!: SignedTextDto;
}

/** Why the original hukou county cannot send an archive: N's staff see it, instead of a wait. */
export const MIGRATION_IMPEDIMENTS = [
  /** O's register holds no card of that number for that person. */
  'NO_SUCH_CARD',
  /** The card is cancelled, migrated out already or superseded: nothing to migrate. */
  'CARD_NOT_MIGRATABLE',
  /** O holds the card but cannot assemble its archive now (documents being restored, say). */
  'ARCHIVE_UNAVAILABLE',
] as const;
export type MigrationImpediment = (typeof MIGRATION_IMPEDIMENTS)[number];

/** O to N: it cannot process the notice, and why (R19). */
export class MigrationCannotProceedPayload {
  @IsUUID()
  applicationId!: string;

  @IsIn(MIGRATION_IMPEDIMENTS)
  impediment!: MigrationImpediment;

  @IsString()
  @Length(2, 500)
  detail!: string;

  @IsLocalDate()
  answeredOn!: string;
}

/** N to O: a reminder (催办), the notice's answer being past due in N's working days. */
export class MigrationRemindedPayload {
  @IsUUID()
  applicationId!: string;

  @IsInt()
  @Min(1)
  reminder!: number;

  @IsLocalDate()
  noticeOn!: string;

  @IsLocalDate()
  answerDueOn!: string;

  @IsLocalDate()
  remindedOn!: string;
}

/** N to O: N issued the holder's card; O's register marks the old one migrated out (R19). */
export class MigrationCompletedPayload {
  @IsUUID()
  applicationId!: string;

  /** O's card, now migrated out. */
  @IsCertificateNumber()
  previousCertificateNumber!: string;

  @IsCertificateNumber()
  newCertificateNumber!: string;

  @IsLocalDate()
  issuedOn!: string;

  /** R20: N requires a follow-up assessment (for a pre-2018 visual card, or by its choice). */
  @IsBoolean()
  followUpAssessment!: boolean;
}

export const MigrationNoticeSent: EventType<MigrationNoticeSentPayload> = {
  type: 'exchange.migration.notice-sent',
  schemaVersion: 1,
  payloadClass: MigrationNoticeSentPayload,
};
export class MigrationNoticeSentEvent extends envelopeFor(MigrationNoticeSent) {}

export const ArchiveOffered: EventType<ArchiveOfferedPayload> = {
  type: 'exchange.archive.offered',
  schemaVersion: 1,
  payloadClass: ArchiveOfferedPayload,
};
export class ArchiveOfferedEvent extends envelopeFor(ArchiveOffered) {}

export const ArchiveReceipted: EventType<ArchiveReceiptedPayload> = {
  type: 'exchange.archive.receipted',
  schemaVersion: 1,
  payloadClass: ArchiveReceiptedPayload,
};
export class ArchiveReceiptedEvent extends envelopeFor(ArchiveReceipted) {}

export const MigrationCannotProceed: EventType<MigrationCannotProceedPayload> = {
  type: 'exchange.migration.cannot-proceed',
  schemaVersion: 1,
  payloadClass: MigrationCannotProceedPayload,
};
export class MigrationCannotProceedEvent extends envelopeFor(MigrationCannotProceed) {}

export const MigrationReminded: EventType<MigrationRemindedPayload> = {
  type: 'exchange.migration.reminded',
  schemaVersion: 1,
  payloadClass: MigrationRemindedPayload,
};
export class MigrationRemindedEvent extends envelopeFor(MigrationReminded) {}

export const MigrationCompleted: EventType<MigrationCompletedPayload> = {
  type: 'exchange.migration.completed',
  schemaVersion: 1,
  payloadClass: MigrationCompletedPayload,
};
export class MigrationCompletedEvent extends envelopeFor(MigrationCompleted) {}
