import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { applyCaseEvent, chinaLocalDateOf, type CaseEvent } from '@tongban/domain';
import { Clock } from '@tongban/util';
import { DataSource } from 'typeorm';
import { ApplicationLookup } from '../applications/application-lookup';
import { ApplicationView } from '../applications/application.view';
import { CaseSteps } from '../case-progress/case-steps';
import { ResidenceFlow } from './residence-flow.service';
import { RerouteDto } from './reroute.dto';

/**
 * R11: a returned case is re-routed to the county the clerk determined with the applicant,
 * and handed over again — the same package, addressed anew (the state machine allows it only
 * for a case returned for jurisdiction).
 */
@Injectable()
export class RerouteService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationLookup,
    private readonly flow: ResidenceFlow,
    private readonly steps: CaseSteps,
    private readonly clock: Clock,
  ) {}

  async execute(applicationId: string, dto: RerouteDto): Promise<ApplicationView> {
    const today = chinaLocalDateOf(this.clock.now());
    const rerouted = await this.dataSource.transaction(async (manager) => {
      const application = await this.applications.requireForUpdate(manager, applicationId);
      const reroute: CaseEvent = {
        type: 'REROUTE',
        by: 'RESIDENCE',
        countyCode: dto.hukouCountyCode,
      };
      // Only a case returned for jurisdiction is re-routed: the (pure) state machine says so first.
      applyCaseEvent(ResidenceFlow.snapshotOf(application), reroute);
      if (dto.hukouCountyCode === application.hukouCountyCode) {
        throw new UnprocessableEntityException({
          statusCode: 422,
          error: 'Unprocessable Entity',
          message: [
            `hukouCountyCode: ${dto.hukouCountyCode} already returned this case as not its jurisdiction (R11)`,
          ],
        });
      }
      const previous = application.hukouCountyCode;
      application.hukouCountyCode = dto.hukouCountyCode;
      application.contactNote = dto.contactNote;
      await this.steps.record(
        manager,
        application.id,
        'REROUTED',
        today,
        `已联系申请人，户籍地由 ${previous} 更正为 ${dto.hukouCountyCode}`,
      );
      await this.flow.apply(manager, application, [reroute]);
      return application;
    });
    return ApplicationView.of(rerouted);
  }
}
