import { ForbiddenException, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { StaffAccessAudit, StaffPrincipal } from '@tongban/auth';
import { NATIONAL_MONITOR_COUNTY, Topics } from '@tongban/contracts';
import {
  checkApplicationEligibility,
  chinaLocalDateOf,
  applyCaseEvent,
  parseLocalDate,
  type CaseEvent,
} from '@tongban/domain';
import { EventPublisher } from '@tongban/messaging';
import { DomainRuleViolations } from '@tongban/runtime';
import { Clock } from '@tongban/util';
import { DataSource } from 'typeorm';
import { ApplicationLookup } from '../applications/application-lookup';
import { ApplicationView } from '../applications/application.view';
import { CaseSteps } from '../case-progress/case-steps';
import { noticeContactOf } from './notice-contact';
import { ApplicationDocument } from '../documents/application-document.entity';
import { requireCardFacts } from '../card-facts/card-facts.lookup';
import { ResidenceFlow } from '../handover/residence-flow.service';
import { applicantIsMinor } from '../materials/materials-assessment';
import { MaterialsChecklist } from '../materials/materials-checklist';
import { AcceptApplicationDto } from './accept-application.dto';

const ACCEPT: CaseEvent = { type: 'ACCEPT', by: 'RESIDENCE' };

/**
 * Accepts an application whose materials are complete (R5) and which breaks no eligibility rule
 * (R1 residence permit, R5 guardian, R7 recent cancellation unless a supervisor overrides). The
 * acceptance event starts assessment designation (R8, R25) and tells notification whom to notify.
 */
@Injectable()
export class AcceptApplicationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationLookup,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
    private readonly steps: CaseSteps,
    private readonly audit: StaffAccessAudit,
    private readonly checklist: MaterialsChecklist,
    private readonly flow: ResidenceFlow,
  ) {}

  /** Accepts on behalf of `staff`, who is recorded as the accepting clerk (and supervisor, R7). */
  async execute(
    applicationId: string,
    dto: AcceptApplicationDto,
    staff: StaffPrincipal,
  ): Promise<ApplicationView> {
    const override = dto.supervisorOverride
      ? {
          supervisorId: this.requireSupervisor(staff, applicationId),
          reason: dto.supervisorOverride.reason,
        }
      : undefined;
    const today = chinaLocalDateOf(this.clock.now());
    const accepted = await this.dataSource.transaction(async (manager) => {
      const application = await this.applications.requireForUpdate(manager, applicationId);
      const minor = applicantIsMinor(application, today);
      // The state machine (pure) refuses a second acceptance before anything else is checked.
      applyCaseEvent(ResidenceFlow.snapshotOf(application, { applicantIsMinor: minor }), ACCEPT);
      // R13–R24: every kind but NEW is judged on the card the hukou county told us about.
      const card = application.currentCertificateNumber
        ? await requireCardFacts(manager, application)
        : undefined;
      const scans = await manager.findBy(ApplicationDocument, { applicationId });
      const materials = this.checklist.assess(application, scans, today);
      if (!materials.complete || !application.materialsCompletedOn) {
        throw new UnprocessableEntityException({
          statusCode: 422,
          error: 'Unprocessable Entity',
          message: materials.missing.map(
            (m) => `materials: missing ${m.nameZh} (${m.labelEn}) (${m.rule})`,
          ),
        });
      }
      const violations = checkApplicationEligibility({
        kind: application.caseKind,
        applicationDate: today,
        residenceCountyCode: application.residenceCountyCode,
        residencePermit: {
          placeCode: application.residencePermit.placeCode,
          validFrom: parseLocalDate(
            application.residencePermit.validFrom,
            'residencePermit.validFrom',
          ),
          validUntil: parseLocalDate(
            application.residencePermit.validUntil,
            'residencePermit.validUntil',
          ),
        },
        applicantIsMinor: minor,
        categories: application.claimedCategories,
        guardianProvided: application.guardian !== null,
        ...(card
          ? {
              existingCertificate: {
                state: card.status,
                validFrom: parseLocalDate(card.validFrom, 'cardFacts.validFrom'),
                category: card.category,
                level: card.level,
                ...(card.impairments ? { impairments: card.impairments } : {}),
              },
            }
          : {}),
        ...(application.lastCancelledOn
          ? { lastCancelledOn: parseLocalDate(application.lastCancelledOn) }
          : {}),
        ...(override ? { override } : {}),
        ...(application.cancelledCategories
          ? { cancelledCategories: application.cancelledCategories }
          : {}),
      });
      if (violations.length > 0) throw new DomainRuleViolations(violations);

      application.acceptedOn = today;
      application.acceptedBy = staff.staffId;
      application.supervisorOverride = override ?? null;
      // R3: accepting fixes the plan (R10: a minor is not publicised); a plan without residence
      // stages after acceptance hands the case over here.
      const context = {
        applicantIsMinor: minor,
        // R14: pre-2018 visual assessments, or the residence county's call, re-assess a renewal.
        visualAssessmentBefore2018: card?.visualAssessmentBefore2018 === true,
        residenceRequiresReassessment: dto.requireReassessment === true,
      };
      const { plan } = ResidenceFlow.snapshotOf(application, context);

      const common = { caseId: application.id, sourceCounty: application.residenceCountyCode };
      const accepted = await this.events.publish(manager, Topics.applicationAccepted, {
        ...common,
        destinationCounty: application.residenceCountyCode,
        payload: {
          applicationId: application.id,
          applicationNumber: application.applicationNumber,
          caseKind: application.caseKind,
          plan,
          residenceCountyCode: application.residenceCountyCode,
          hukouCountyCode: application.hukouCountyCode,
          claimedCategories: application.claimedCategories,
          applicantIsMinor: minor,
          homeVisitRequested: application.homeVisitRequested,
          materialsCompletedOn: application.materialsCompletedOn,
          contact: noticeContactOf(application),
          ...(override ? { supervisorOverrideReason: override.reason } : {}),
        },
      });
      await this.events.publish(manager, Topics.caseStageChanged, {
        ...common,
        destinationCounty: NATIONAL_MONITOR_COUNTY,
        causationId: accepted.id,
        payload: {
          countyCode: application.residenceCountyCode,
          caseKind: application.caseKind,
          stage: 'ACCEPTANCE',
          transition: 'COMPLETED',
          occurredOn: today,
        },
      });
      await this.steps.record(manager, application.id, 'ACCEPTED', today, '材料齐全，已受理');
      // Last, so the hand-over a plan without residence stages makes now follows the acceptance.
      await this.flow.apply(manager, application, [ACCEPT], context);
      return application;
    });
    return ApplicationView.of(accepted);
  }

  /** R7: only a supervisor overrides the one-year block; the override names them by their token. */
  private requireSupervisor(staff: StaffPrincipal, applicationId: string): string {
    if (staff.role === 'SUPERVISOR') return staff.staffId;
    const detail = `role ${staff.role} may not send supervisorOverride: overriding the one-year block after a cancellation needs a SUPERVISOR token (R7)`;
    this.audit.refused({
      status: 403,
      reason: 'role-not-allowed',
      detail,
      staffId: staff.staffId,
      county: staff.county,
      role: staff.role,
      caseId: applicationId,
    });
    throw new ForbiddenException(detail);
  }
}
