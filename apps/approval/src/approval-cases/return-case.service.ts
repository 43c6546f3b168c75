import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DeadlineTracker } from '@tongban/deadlines';
import { chinaLocalDateOf } from '@tongban/domain';
import { Clock } from '@tongban/util';
import { DataSource } from 'typeorm';
import { unprocessable } from '../http/http-problems';
import { ApprovalCase } from './approval-case.entity';
import { requireCaseForUpdate } from './approval-case.lookup';
import { HukouFlow } from './hukou-flow';
import { ApprovalEvents } from './approval-events';

export interface ReturnRequest {
  reason: string;
  suggestedHukouCountyCode?: string;
}

/**
 * R11: the case is not within this county's jurisdiction. It goes back to the residence
 * county, which contacts the applicant and re-determines the responsible county; should that
 * be this county after all, the case comes back as a new round.
 */
@Injectable()
export class ReturnCaseService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deadlines: DeadlineTracker,
    private readonly events: ApprovalEvents,
    private readonly clock: Clock,
  ) {}

  async execute(applicationId: string, request: ReturnRequest): Promise<ApprovalCase> {
    const today = chinaLocalDateOf(this.clock.now());
    return this.dataSource.transaction(async (manager) => {
      const found = await requireCaseForUpdate(manager, applicationId);
      HukouFlow.apply(found, {
        type: 'RETURN_FOR_JURISDICTION',
        by: found.plan.approver,
        reason: request.reason,
      });
      const suggested = request.suggestedHukouCountyCode;
      if (suggested === found.hukouCountyCode) {
        throw unprocessable(
          `suggestedHukouCountyCode: ${suggested} is this county; a return says the case belongs elsewhere (R11)`,
        );
      }
      found.decision = {
        outcome: 'RETURNED',
        decidedOn: today,
        reasons: [request.reason],
        suggestedHukouCountyCode: suggested ?? null,
      };
      await manager.save(found);
      await this.deadlines.close(manager, applicationId, 'R27', today);
      await this.events.returned(manager, found, request.reason, suggested, today);
      await this.events.stage(manager, found, 'RETURNED', today);
      return found;
    });
  }
}
