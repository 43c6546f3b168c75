import {
  BadRequestException,
  ConflictException,
  Injectable,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DocumentKind } from '@tongban/contracts';
import { chinaLocalDateOf, photoProblems, stageOfStatus, type CaseStatus } from '@tongban/domain';
import { decodeImage, DocumentStore, parsePdf, UndecodableContentError } from '@tongban/storage';
import { Clock } from '@tongban/util';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ApplicationLookup } from '../applications/application-lookup';
import { MaterialsChecklist } from '../materials/materials-checklist';
import { ApplicationDocument } from './application-document.entity';
import { sniffAcceptedType, type AcceptedContentType } from './sniff-content-type';

export interface UploadedScan {
  documentId: string;
  kind: DocumentKind;
  materialId: string | null;
  sha256: string;
  size: number;
  contentType: string;
  materialsComplete: boolean;
  materialsCompletedOn: string | null;
}

/**
 * Stores a scan in S3 with its sha256 (R30) and records it; when it completes the R5 list, the
 * day is recorded, because R25's three working days count from it.
 */
@Injectable()
export class UploadDocumentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationLookup,
    private readonly documents: DocumentStore,
    private readonly clock: Clock,
    private readonly checklist: MaterialsChecklist,
  ) {}

  /** `materialId` names the county material (R2) a scan of kind OTHER stands for. */
  async execute(
    applicationId: string,
    kind: DocumentKind,
    bytes: Buffer | undefined,
    materialId: string | null = null,
  ): Promise<UploadedScan> {
    if (materialId !== null && kind !== 'OTHER') {
      throw new BadRequestException({
        message: [`kind: a scan naming a county material must be of kind OTHER (R2), got ${kind}`],
      });
    }
    if (!bytes || bytes.length === 0)
      throw new BadRequestException({ message: ['file: a non-empty file is required'] });
    const sniffed = sniffAcceptedType(bytes);
    if (!sniffed) {
      throw new BadRequestException({
        message: [
          'file: only JPEG or PNG images and PDF scans are accepted (R30), judged by the content',
        ],
      });
    }
    await assertContentReadable(kind, sniffed.contentType, bytes);
    const application = await this.applications.require(applicationId);
    assertStillOpen(application.status);
    if (materialId !== null) this.checklist.assertExtraMaterial(application, materialId);

    // The bytes go first: an object without a row is harmless; a row without its object is not.
    const documentId = randomUUID();
    const stored = await this.documents.put(
      `applications/${applicationId}/${kind.toLowerCase()}/${documentId}.${sniffed.extension}`,
      bytes,
      sniffed.contentType,
    );
    const today = chinaLocalDateOf(this.clock.now());
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.applications.requireForUpdate(manager, applicationId);
      assertStillOpen(locked.status);
      await manager.insert(ApplicationDocument, {
        id: documentId,
        applicationId,
        kind,
        materialId,
        storageKey: stored.key,
        sha256: stored.sha256,
        size: stored.size,
        contentType: stored.contentType,
      });
      const scans = await manager.find(ApplicationDocument, {
        where: { applicationId },
        select: { kind: true, materialId: true },
      });
      const materials = this.checklist.assess(locked, scans, today);
      if (materials.complete && !locked.materialsCompletedOn) {
        locked.materialsCompletedOn = today;
        await manager.save(locked);
      }
      return {
        documentId,
        kind,
        materialId,
        sha256: stored.sha256,
        size: stored.size,
        contentType: stored.contentType,
        materialsComplete: materials.complete,
        materialsCompletedOn: locked.materialsCompletedOn,
      };
    });
  }
}

function assertStillOpen(status: CaseStatus): void {
  // R5: scans complete the materials; once the case is accepted they are fixed.
  if (stageOfStatus(status) !== 'ACCEPTANCE') {
    throw new ConflictException(
      `the application is ${status}; scans can be added only before acceptance`,
    );
  }
}

/**
 * R5/R30: the scan is judged by decoding it, not by its first bytes: an image must decode
 * completely, a PDF must parse and have a page, and the two-inch photo must be printable
 * (PHOTO_REQUIREMENTS). Every reason goes back at once, as a 422 naming `file`.
 */
async function assertContentReadable(
  kind: DocumentKind,
  contentType: AcceptedContentType,
  bytes: Buffer,
): Promise<void> {
  try {
    if (contentType === 'application/pdf') {
      if (kind === 'PHOTO') {
        throw new UnprocessableEntityException({
          message: [
            'file: the two-inch photo must be a JPEG or PNG image, not a PDF; the card prints it (R5)',
          ],
        });
      }
      await parsePdf(bytes);
      return;
    }
    const image = decodeImage(bytes);
    if (kind !== 'PHOTO') return;
    const problems = photoProblems(image, 'file');
    if (problems.length > 0) {
      throw new UnprocessableEntityException({ message: problems.map((p) => p.message) });
    }
  } catch (error) {
    if (!(error instanceof UndecodableContentError)) throw error;
    throw new UnprocessableEntityException({
      message: [
        `file: ${error.reason}; upload the original scan again (${kind === 'PHOTO' ? 'R5' : 'R30'})`,
      ],
    });
  }
}
