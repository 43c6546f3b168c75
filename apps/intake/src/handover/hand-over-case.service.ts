import { ConflictException, Injectable } from '@nestjs/common';
import { DocumentReferenceDto, Topics } from '@tongban/contracts';
import { chinaLocalDateOf } from '@tongban/domain';
import { EventPublisher } from '@tongban/messaging';
import { Clock } from '@tongban/util';
import { EntityManager } from 'typeorm';
import { Application } from '../applications/application.entity';
import { CaseSteps } from '../case-progress/case-steps';
import { MaterialsChecklist } from '../materials/materials-checklist';
import { ApplicationDocument } from '../documents/application-document.entity';
import { ScanUrlSigner } from './scan-url-signer';

/**
 * R10, R11: with publicity complete, the residence county hands the case to the hukou county:
 * the form, the conclusion, the publicity result and every scan by reference — digest plus a
 * presigned URL; the bytes stay here (R30) and the receiver verifies what it fetches.
 */
@Injectable()
export class HandOverCaseService {
  constructor(
    private readonly events: EventPublisher,
    private readonly urls: ScanUrlSigner,
    private readonly steps: CaseSteps,
    private readonly clock: Clock,
    private readonly checklist: MaterialsChecklist,
  ) {}

  async execute(manager: EntityManager, application: Application): Promise<void> {
    const { conclusion, publicity } = application;
    if (!conclusion?.meetsStandard || !conclusion.classification || !publicity) {
      throw new ConflictException(
        `application ${application.applicationNumber} has no publicised conclusion to hand over`,
      );
    }
    const today = chinaLocalDateOf(this.clock.now());
    const scans = await manager.find(ApplicationDocument, {
      where: { applicationId: application.id },
      order: { uploadedAt: 'ASC' },
    });
    const documents: DocumentReferenceDto[] = (await this.urls.sign(scans)).map(
      ({ scan, url, urlExpiresAt }) => ({
        kind: scan.kind,
        ...this.titleOf(application, scan),
        key: scan.storageKey,
        sha256: scan.sha256,
        size: scan.size,
        contentType: scan.contentType,
        url,
        urlExpiresAt,
      }),
    );
    application.status = 'HANDED_OVER';
    application.handedOverOn = today;
    await manager.save(application);

    const classification = conclusion.classification;
    await this.events.publish(manager, Topics.caseHandedOver, {
      caseId: application.id,
      sourceCounty: application.residenceCountyCode,
      destinationCounty: application.hukouCountyCode,
      payload: {
        applicationId: application.id,
        applicationNumber: application.applicationNumber,
        caseKind: application.caseKind,
        residenceCountyCode: application.residenceCountyCode,
        hukouCountyCode: application.hukouCountyCode,
        applicant: {
          name: application.applicantName,
          idNumber: application.idNumber,
          phone: application.phone,
          mailingAddress: { ...application.mailingAddress },
          ...(application.guardian ? { guardian: { ...application.guardian } } : {}),
        },
        conclusion: {
          classification: {
            category: classification.category,
            level: classification.level,
            impairments: classification.impairments.map((i) => ({ ...i })),
          },
          institutionName: conclusion.institutionName,
          doctorName: conclusion.doctorName,
          assessedOn: conclusion.assessedOn,
        },
        publicity: { ...publicity },
        documents,
        handedOverOn: today,
      },
    });
    await this.steps.record(
      manager,
      application.id,
      'HANDED_OVER',
      today,
      `材料已转至户籍地县级残联（${application.hukouCountyCode}）审核`,
    );
  }

  /** A scan handed in as a county material carries the material's name; others need none. */
  private titleOf(application: Application, scan: ApplicationDocument): { title?: string } {
    const title = scan.materialId
      ? this.checklist.nameOf(application.residenceCountyCode, scan.materialId)
      : undefined;
    return title ? { title } : {};
  }
}
