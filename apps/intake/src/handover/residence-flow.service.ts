import { Injectable } from '@nestjs/common';
import {
  applyCaseEvent,
  handsOver,
  openCase,
  type CaseEvent,
  type CasePlanContext,
  type CaseSnapshot,
} from '@tongban/domain';
import { EntityManager } from 'typeorm';
import { Application } from '../applications/application.entity';
import { HandOverCaseService } from './hand-over-case.service';

/**
 * The residence county's case record (R3, R8–R24): its status moves only through the domain's
 * state machine under the plan fixed at acceptance. This is the one place that decides when the
 * case leaves for the hukou county: at the transition that finishes the plan's last
 * residence-side stage (R10, R11) — acceptance, the conclusion, publicity or a re-route, as the
 * plan has it.
 */
@Injectable()
export class ResidenceFlow {
  constructor(private readonly handOver: HandOverCaseService) {}

  /** The case as the state machine sees it; before acceptance, under the plan `context` gives. */
  static snapshotOf(application: Application, context?: CasePlanContext): CaseSnapshot {
    if (!application.plan && !context) {
      throw new Error(`application ${application.id} has no plan yet: pass its plan context`);
    }
    const opened = application.plan
      ? { kind: application.caseKind, plan: application.plan }
      : openCase(application.caseKind, context!);
    return {
      ...opened,
      status: application.status,
      outcome: application.outcome ?? opened.plan.certificateOutcome,
    };
  }

  /**
   * Applies the events in order (IllegalTransitionError, nothing written, when one is not allowed
   * now), stores the case and hands it over when a transition finishes the residence side.
   * `context` plans a case not yet accepted; acceptance fixes that plan on the record.
   */
  async apply(
    manager: EntityManager,
    application: Application,
    events: readonly CaseEvent[],
    context?: CasePlanContext,
  ): Promise<CaseSnapshot> {
    let current = ResidenceFlow.snapshotOf(application, context);
    let handOverDue = false;
    for (const event of events) {
      const next = applyCaseEvent(current, event);
      handOverDue ||= handsOver(current, next);
      current = next;
    }
    application.plan = current.plan;
    application.status = current.status;
    application.outcome = current.outcome;
    await manager.save(application);
    if (handOverDue) await this.handOver.execute(manager, application);
    return current;
  }
}
