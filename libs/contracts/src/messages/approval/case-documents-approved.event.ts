import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { envelopeFor, EventType } from '../../envelope/event-envelope';
import { DocumentReferenceDto } from '../../shared/document-reference.dto';
import { CASE_KINDS, CaseKind } from '../../vocabulary/case-kind';
import { IsCountyCode, IsLocalDate, IsResidentIdNumber } from '../../validation/domain-validators';

/** Whose documents they are: the holder, by the ID number the archive files them under. */
export class ApprovedDocumentsHolderDto {
  @IsResidentIdNumber()
  idNumber!: string;

  @IsString()
  @Length(1, 50)
  name!: string;
}

/**
 * R30: the hukou county approved a case and holds these scans, each copied into the node's own
 * bucket and verified by sha256 against what the residence county recorded (the key is that
 * copy's, no URL). Archive files them in the holder's e-archive, so it is the one place the
 * county keeps a holder's documents. A node topic: it names the holder.
 */
export class CaseDocumentsApprovedPayload {
  @IsUUID()
  applicationId!: string;

  @IsIn(CASE_KINDS)
  caseKind!: CaseKind;

  @IsCountyCode()
  hukouCountyCode!: string;

  @IsCountyCode()
  residenceCountyCode!: string;

  @ValidateNested()
  @Type(() => ApprovedDocumentsHolderDto)
  holder!: ApprovedDocumentsHolderDto;

  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => DocumentReferenceDto)
  documents!: DocumentReferenceDto[];

  @IsLocalDate()
  approvedOn!: string;
}

export const CaseDocumentsApproved: EventType<CaseDocumentsApprovedPayload> = {
  type: 'approval.case.documents-approved',
  schemaVersion: 1,
  payloadClass: CaseDocumentsApprovedPayload,
};
export class CaseDocumentsApprovedEvent extends envelopeFor(CaseDocumentsApproved) {}
