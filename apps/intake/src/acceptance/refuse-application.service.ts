import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NATIONAL_MONITOR_COUNTY, Topics } from '@tongban/contracts';
import { chinaLocalDateOf } from '@tongban/domain';
import { EventPublisher } from '@tongban/messaging';
import { Clock } from '@tongban/util';
import { DataSource } from 'typeorm';
import { ApplicationLookup } from '../applications/application-lookup';
import { ApplicationView } from '../applications/application.view';
import { CaseSteps } from '../case-progress/case-steps';
import { ResidenceFlow } from '../handover/residence-flow.service';
import { applicantIsMinor } from '../materials/materials-assessment';
import { noticeContactOf } from './notice-contact';

/** Refuses an application with every reason at once (R5), so the applicant knows all of them. */
@Injectable()
export class RefuseApplicationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationLookup,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
    private readonly steps: CaseSteps,
    private readonly flow: ResidenceFlow,
  ) {}

  async execute(applicationId: string, reasons: string[]): Promise<ApplicationView> {
    const today = chinaLocalDateOf(this.clock.now());
    const refused = await this.dataSource.transaction(async (manager) => {
      const application = await this.applications.requireForUpdate(manager, applicationId);
      application.refusalReasons = reasons;
      await this.flow.apply(
        manager,
        application,
        [{ type: 'REFUSE', by: 'RESIDENCE', reason: reasons.join('；') }],
        { applicantIsMinor: applicantIsMinor(application, today) },
      );
      const common = { caseId: application.id, sourceCounty: application.residenceCountyCode };
      await this.events.publish(manager, Topics.applicationRefused, {
        ...common,
        destinationCounty: application.residenceCountyCode,
        payload: {
          applicationId: application.id,
          applicationNumber: application.applicationNumber,
          residenceCountyCode: application.residenceCountyCode,
          contact: noticeContactOf(application),
          reasons,
        },
      });
      await this.events.publish(manager, Topics.caseStageChanged, {
        ...common,
        destinationCounty: NATIONAL_MONITOR_COUNTY,
        payload: {
          countyCode: application.residenceCountyCode,
          caseKind: application.caseKind,
          stage: 'ACCEPTANCE',
          transition: 'CLOSED',
          occurredOn: today,
        },
      });
      await this.steps.record(
        manager,
        application.id,
        'REFUSED',
        today,
        `不予受理：${reasons.join('；')}`,
      );
      return application;
    });
    return ApplicationView.of(refused);
  }
}
