import { ConflictException, Injectable } from '@nestjs/common';
import { DocumentReferenceDto, Topics } from '@tongban/contracts';
import { chinaLocalDateOf, parseLocalDate } from '@tongban/domain';
import { EventPublisher } from '@tongban/messaging';
import { Clock } from '@tongban/util';
import { EntityManager } from 'typeorm';
import { Application } from '../applications/application.entity';
import { CaseSteps } from '../case-progress/case-steps';
import { applicantIsMinor } from '../materials/materials-assessment';
import { MaterialsChecklist } from '../materials/materials-checklist';
import { ApplicationDocument } from '../documents/application-document.entity';
import { ScanUrlSigner } from './scan-url-signer';

/**
 * R10, R11: the residence county hands the case to the hukou county — the form, the conclusion,
 * the publicity result and every scan by reference: digest plus a presigned URL; the bytes stay
 * here (R30) and the receiver verifies what it fetches. ResidenceFlow decides when.
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
    application.handedOverOn = today;
    await manager.save(application);

    const envelope = {
      caseId: application.id,
      sourceCounty: application.residenceCountyCode,
      destinationCounty: application.hukouCountyCode,
    };
    const common = {
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
      documents,
      handedOverOn: today,
    };
    // A new certificate goes as v1, which every hukou county reads; other kinds need v2.
    if (application.caseKind === 'NEW') {
      const publicity = application.publicity ?? this.notPublicised(application, today);
      const conclusion = conclusionOf(application);
      if (!conclusion || !publicity) {
        throw new ConflictException(
          `application ${application.applicationNumber} has no publicised conclusion to hand over`,
        );
      }
      await this.events.publish(manager, Topics.caseHandedOver, {
        ...envelope,
        payload: { ...common, conclusion, publicity: { ...publicity } },
      });
    } else {
      const { plan, outcome } = application;
      if (!plan || !outcome) {
        throw new ConflictException(
          `application ${application.applicationNumber} is not accepted; nothing to hand over`,
        );
      }
      const conclusion = conclusionOf(application);
      await this.events.publish(manager, Topics.caseHandedOverV2, {
        ...envelope,
        payload: {
          ...common,
          plan,
          certificateOutcome: outcome,
          applicantIsMinor: applicantIsMinor(
            application,
            parseLocalDate(application.acceptedOn ?? today, 'acceptedOn'),
          ),
          ...(application.currentCertificateNumber
            ? { currentCertificateNumber: application.currentCertificateNumber }
            : {}),
          claimedCategories: [...application.claimedCategories],
          ...(application.cancelledCategories
            ? { cancelledCategories: [...application.cancelledCategories] }
            : {}),
          ...(plan.assessment && conclusion ? { conclusion } : {}),
          ...(plan.publicity && application.publicity
            ? { publicity: { ...application.publicity } }
            : {}),
        },
      });
    }
    await this.steps.record(
      manager,
      application.id,
      'HANDED_OVER',
      today,
      `材料已转至户籍地县级残联（${application.hukouCountyCode}）审核`,
    );
  }

  /**
   * R10: a plan with an assessment but no publicity (a minor) tells the hukou county so; the
   * hand-over contract in use (v1) carries a publicity result for every case.
   */
  private notPublicised(application: Application, today: string) {
    const plan = application.plan;
    if (!plan?.assessment || plan.publicity) return null;
    return {
      outcome: 'NOT_PUBLICISED_MINOR' as const,
      summary: '申请人为未成年人，依规不予公示 (R10)',
      clearedOn: today,
    };
  }

  /** A scan handed in as a county material carries the material's name; others need none. */
  private titleOf(application: Application, scan: ApplicationDocument): { title?: string } {
    const title = scan.materialId
      ? this.checklist.nameOf(application.residenceCountyCode, scan.materialId)
      : undefined;
    return title ? { title } : {};
  }
}

/** R3, R4: the conclusion as the hukou county must recognise it; none unless it meets the standard. */
function conclusionOf(application: Application) {
  const { conclusion } = application;
  if (!conclusion?.meetsStandard || !conclusion.classification) return undefined;
  const { classification } = conclusion;
  return {
    classification: {
      category: classification.category,
      level: classification.level,
      impairments: classification.impairments.map((i) => ({ ...i })),
    },
    institutionName: conclusion.institutionName,
    doctorName: conclusion.doctorName,
    assessedOn: conclusion.assessedOn,
  };
}
