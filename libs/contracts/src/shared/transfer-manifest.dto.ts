import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  Equals,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsString,
  IsUUID,
  Length,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCountyCode } from '../validation/domain-validators';
import { DOCUMENT_KINDS } from './document-reference.dto';

/**
 * The electronic archive transfer between counties (R19, R30, R34), designed after BagIt
 * (RFC 8493): a manifest lists every file with its role, media type, size and sha256, and its
 * exact bytes are signed by the sending county (as BagIt's tag-manifest fixes the manifest).
 * The bytes of each file travel object store to object store, fetched by the receiver from
 * short-lived URLs kept outside the signed manifest; the receiver checks every digest and
 * answers with a signed receipt naming what it holds, or a signed refusal naming each file
 * that failed, which the sender sends again. docs/exchange/ARCHIVE-TRANSFER.md is the standard.
 */
export const TRANSFER_PROFILE = 'tongban-archive-transfer/1';

/** What a file of the archive is: the application form, or a kind of scanned material (R5). */
export const ARCHIVE_ROLES = ['APPLICATION_FORM', ...DOCUMENT_KINDS] as const;
export type ArchiveRole = (typeof ARCHIVE_ROLES)[number];

/** A path inside the package: `data/` and safe segments only (no `..`, no absolute paths). */
export const PACKAGE_PATH_PATTERN = /^data(\/[A-Za-z0-9][A-Za-z0-9._-]{0,99}){1,4}$/;

export class TransferManifestFile {
  @Matches(PACKAGE_PATH_PATTERN, {
    message: '$property must be data/<segment>… of letters, digits, dot, dash, underscore',
  })
  path!: string;

  @IsIn(ARCHIVE_ROLES)
  role!: ArchiveRole;

  @IsString()
  @Length(3, 100)
  mediaType!: string;

  @IsInt()
  @Min(1)
  size!: number;

  @Matches(/^[0-9a-f]{64}$/, { message: '$property must be a lowercase hex sha256' })
  sha256!: string;
}

export class TransferManifest {
  @Equals(TRANSFER_PROFILE)
  profile!: typeof TRANSFER_PROFILE;

  @IsUUID()
  transferId!: string;

  /** The migration case the archive goes with. */
  @IsUUID()
  caseId!: string;

  @IsCountyCode()
  sourceCounty!: string;

  @IsCountyCode()
  destinationCounty!: string;

  @IsISO8601({ strict: true })
  createdAt!: string;

  /** BagIt's Payload-Oxum: `<total bytes>.<number of files>`, a quick completeness check. */
  @Matches(/^\d+\.\d+$/)
  payloadOxum!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10_000)
  @ValidateNested({ each: true })
  @Type(() => TransferManifestFile)
  files!: TransferManifestFile[];
}

/** Why a receiver refuses a file of a package. */
export const FILE_FAILURES = ['MISSING', 'SIZE_MISMATCH', 'DIGEST_MISMATCH', 'UNREADABLE'] as const;
export type FileFailure = (typeof FILE_FAILURES)[number];

export class FileReceipt {
  @Matches(PACKAGE_PATH_PATTERN)
  path!: string;

  @Matches(/^[0-9a-f]{64}$/)
  sha256!: string;
}

export class FileRefusal {
  @Matches(PACKAGE_PATH_PATTERN)
  path!: string;

  @IsIn(FILE_FAILURES)
  failure!: FileFailure;

  @IsString()
  @Length(1, 500)
  detail!: string;
}

/**
 * The receiver's answer, signed like the manifest: ACCEPTED names every file it holds, with the
 * digest it computed; REFUSED names each file that failed (the others are kept), or, with no
 * file named, a manifest that did not verify.
 */
export class TransferReceipt {
  @Equals(TRANSFER_PROFILE)
  profile!: typeof TRANSFER_PROFILE;

  @IsUUID()
  transferId!: string;

  /** sha256 of the manifest's exact bytes: which manifest this answers. */
  @Matches(/^[0-9a-f]{64}$/)
  manifestSha256!: string;

  @IsIn(['ACCEPTED', 'REFUSED'])
  status!: 'ACCEPTED' | 'REFUSED';

  @IsISO8601({ strict: true })
  answeredAt!: string;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => FileReceipt)
  received!: FileReceipt[];

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => FileRefusal)
  refused!: FileRefusal[];

  /** Set when the manifest itself was refused (signature, schema, completeness). */
  @IsString()
  @Length(0, 500)
  manifestProblem!: string;
}
