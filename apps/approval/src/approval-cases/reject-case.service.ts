import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DeadlineTracker } from '@tongban/deadlines';
import { chinaLocalDateOf } from '@tongban/domain';
import { Clock } from '@tongban/util';
import { DataSource } from 'typeorm';
import { ApprovalCase } from './approval-case.entity';
import { requireCaseForUpdate } from './approval-case.lookup';
import { HukouFlow } from './hukou-flow';
import { ApprovalEvents } from './approval-events';

/** R11: the hukou county refuses the case after review, with reasons the applicant is told. */
@Injectable()
export class RejectCaseService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deadlines: DeadlineTracker,
    private readonly events: ApprovalEvents,
    private readonly clock: Clock,
  ) {}

  async execute(applicationId: string, reasons: string[]): Promise<ApprovalCase> {
    const today = chinaLocalDateOf(this.clock.now());
    return this.dataSource.transaction(async (manager) => {
      const found = await requireCaseForUpdate(manager, applicationId);
      HukouFlow.apply(found, {
        type: 'REFUSE',
        by: found.plan.approver,
        reason: reasons.join('；'),
      });
      found.decision = {
        outcome: 'REJECTED',
        decidedOn: today,
        reasons,
        suggestedHukouCountyCode: null,
      };
      await manager.save(found);
      // R27: the county's duty on this case ends with its decision.
      await this.deadlines.close(manager, applicationId, 'R27', today);
      await this.events.decided(manager, found, 'REJECTED', reasons, today);
      await this.events.stage(manager, found, 'CLOSED', today);
      return found;
    });
  }
}
