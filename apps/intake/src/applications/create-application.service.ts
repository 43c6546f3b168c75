import {
  ConflictException,
  ForbiddenException,
  Injectable,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { StaffAccessAudit, StaffPrincipal } from '@tongban/auth';
import { CASE_KINDS, CaseKind, IntakeChannel, Topics } from '@tongban/contracts';
import { chinaLocalDateOf, TERMINAL_CASE_STATUSES } from '@tongban/domain';
import { EventPublisher } from '@tongban/messaging';
import { CARD_NUMBER_LOOKUP, lookupHash, RESIDENT_ID_LOOKUP } from '@tongban/persistence';
import { Clock } from '@tongban/util';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { RequestCardFactsService } from '../card-facts/request-card-facts.service';
import { IntakeConfig } from '../config/intake.config';
import { CaseSteps } from '../case-progress/case-steps';
import { Application } from './application.entity';
import { ApplicationView } from './application.view';
import { CreateApplicationDto } from './create-application.dto';

/** Case kinds this node can carry through end to end; the others arrive with later flows. */
// R18–R21: a migration needs the archive transfer between three counties (a later issue).
const SUPPORTED_KINDS: ReadonlySet<CaseKind> = new Set(
  CASE_KINDS.filter((kind) => kind !== 'MIGRATION'),
);

/** Files an application (R6) and records its `application.drafted` event in one transaction. */
@Injectable()
export class CreateApplicationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
    private readonly config: IntakeConfig,
    private readonly clock: Clock,
    private readonly steps: CaseSteps,
    private readonly audit: StaffAccessAudit,
    private readonly cardFacts: RequestCardFactsService,
  ) {}

  /** Files the form; `clerk` is the staff member at the counter (absent when filed online). */
  async execute(
    dto: CreateApplicationDto,
    channel: IntakeChannel,
    clerk?: StaffPrincipal,
  ): Promise<ApplicationView> {
    const problems: string[] = [];
    // R1: a matter is filed where the applicant lives, so the node must serve that county.
    if (!this.config.COUNTY_CODES.includes(dto.residenceCountyCode)) {
      problems.push(
        `residenceCountyCode: county ${dto.residenceCountyCode} is not served by this node (R1: file at the residence county; served: ${this.config.COUNTY_CODES.join(', ')})`,
      );
    }
    if (!SUPPORTED_KINDS.has(dto.caseKind)) {
      problems.push(
        `caseKind: ${dto.caseKind} cannot be filed at this node yet; every other kind can (R18)`,
      );
    }
    const card = dto.currentCertificateNumber?.toUpperCase();
    if (
      dto.caseKind !== 'NEW' &&
      card &&
      card.slice(0, 18) !== dto.applicant.idNumber.toUpperCase()
    ) {
      problems.push(
        "currentCertificateNumber: the card's number does not begin with the applicant's ID number; a case is about the applicant's own card (R13–R24)",
      );
    }
    if (dto.cancelledCategories !== undefined && dto.caseKind !== 'CANCELLATION_PARTIAL') {
      problems.push(
        `cancelledCategories: only a partial cancellation (CANCELLATION_PARTIAL) strikes categories off a card; a ${dto.caseKind} case names none (R23)`,
      );
    }
    if (problems.length > 0) {
      throw new UnprocessableEntityException({
        statusCode: 422,
        error: 'Unprocessable Entity',
        message: problems,
      });
    }
    if (clerk) this.assertFilesForOwnCounty(clerk, dto.residenceCountyCode);
    const today = chinaLocalDateOf(this.clock.now());
    const application = await this.dataSource.transaction(async (manager) => {
      await this.refuseDuplicate(manager, dto);
      const [{ serial }] = (await manager.query(
        `SELECT nextval('intake.application_serial_seq') AS serial`,
      )) as [{ serial: string }];
      const { applicant } = dto;
      const currentCard = dto.caseKind === 'NEW' ? null : (card ?? null);
      const stored = await manager.save(
        manager.create(Application, {
          id: randomUUID(),
          serial,
          // Readable at the counter: residence county, filing date, running number.
          applicationNumber: `${dto.residenceCountyCode}${today.replace(/-/g, '')}${serial.padStart(6, '0')}`,
          caseKind: dto.caseKind,
          channel,
          status: 'SUBMITTED',
          plan: null,
          outcome: null,
          applicantName: applicant.name,
          idNumber: applicant.idNumber,
          idNumberHash: lookupHash(RESIDENT_ID_LOOKUP, applicant.idNumber),
          phone: applicant.phone,
          email: applicant.email ?? null,
          mailingAddress: { ...applicant.mailingAddress },
          guardian: applicant.guardian ? { ...applicant.guardian } : null,
          residencePermit: { ...dto.residencePermit },
          residenceCountyCode: dto.residenceCountyCode,
          hukouCountyCode: dto.hukouCountyCode,
          claimedCategories: dto.claimedCategories,
          homeVisitRequested: dto.homeVisitRequested ?? false,
          lastCancelledOn: dto.lastCancelledOn ?? null,
          currentCertificateNumber: currentCard,
          currentCertificateNumberHash: lookupHash(CARD_NUMBER_LOOKUP, currentCard),
          cancelledCategories: dto.cancelledCategories ?? null,
        }),
      );
      // R13–R24: the residence county judges the case on the card's facts, asked of the hukou county.
      if (stored.currentCertificateNumber) await this.cardFacts.execute(manager, stored);
      await this.events.publish(manager, Topics.applicationDrafted, {
        caseId: stored.id,
        sourceCounty: stored.residenceCountyCode,
        destinationCounty: stored.residenceCountyCode,
        payload: {
          applicationId: stored.id,
          caseKind: stored.caseKind,
          channel: stored.channel,
          residenceCountyCode: stored.residenceCountyCode,
          hukouCountyCode: stored.hukouCountyCode,
        },
      });
      const how = channel === 'ONLINE' ? '网上申请已提交' : '窗口申请已登记';
      await this.steps.record(
        manager,
        stored.id,
        'FILED',
        today,
        `${how}，申请编号 ${stored.applicationNumber}`,
      );
      return stored;
    });
    return ApplicationView.of(application);
  }

  /**
   * R1, R32: a clerk files only for applicants living in the clerk's own county, even when the
   * node serves several. The county the form names stays out of the message and the audit line.
   */
  private assertFilesForOwnCounty(clerk: StaffPrincipal, residenceCountyCode: string): void {
    if (clerk.county === residenceCountyCode) return;
    const detail = `staff of county ${clerk.county} may file applications only for applicants living in county ${clerk.county} (R1: filed at the residence county; R32)`;
    this.audit.refused({
      status: 403,
      reason: 'case-county-not-involved',
      detail,
      staffId: clerk.staffId,
      county: clerk.county,
      role: clerk.role,
    });
    throw new ForbiddenException(detail);
  }

  /**
   * A second submission of the same matter for the same person (a double click, or the same
   * applicant at the counter and online) is refused while the first is still open; the lock
   * makes two simultaneous submissions wait for each other.
   */
  private async refuseDuplicate(manager: EntityManager, dto: CreateApplicationDto): Promise<void> {
    const card = dto.caseKind === 'NEW' ? undefined : dto.currentCertificateNumber?.toUpperCase();
    // One lock per person (and per card): two filings at once wait for each other. Sorted keys,
    // so two transactions never take them in opposite order.
    const keys = [`${dto.applicant.idNumber}:${dto.caseKind}`, ...(card ? [`card:${card}`] : [])];
    for (const key of keys.sort())
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
    const open = await manager.findOne(Application, {
      where: {
        idNumberHash: lookupHash(RESIDENT_ID_LOOKUP, dto.applicant.idNumber),
        caseKind: dto.caseKind,
        status: Not(In([...TERMINAL_CASE_STATUSES])),
      },
      select: { applicationNumber: true, status: true },
    });
    if (open) {
      throw new ConflictException(
        `applicant.idNumber: an application of this kind is already open for this person (number ${open.applicationNumber}, ${open.status})`,
      );
    }
    // R13–R24: one card, one open case — a renewal and a cancellation of it cannot both proceed.
    const onCard = card
      ? await manager.findOne(Application, {
          where: {
            currentCertificateNumberHash: lookupHash(CARD_NUMBER_LOOKUP, card),
            status: Not(In([...TERMINAL_CASE_STATUSES])),
          },
          select: { applicationNumber: true, caseKind: true, status: true },
        })
      : null;
    if (onCard) {
      throw new ConflictException(
        `currentCertificateNumber: a ${onCard.caseKind} case about this card is already open (number ${onCard.applicationNumber}, ${onCard.status}); one card is handled by one case at a time (R13–R24)`,
      );
    }
  }
}
