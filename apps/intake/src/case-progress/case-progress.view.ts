import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CaseKind } from '@tongban/contracts';
import {
  CASE_STATUSES,
  deadlineFor,
  type CaseStatus,
  type LocalDate,
  type TimeLimitRule,
} from '@tongban/domain';
import { Application } from '../applications/application.entity';
import { CaseStep } from './case-step.entity';

export class ProgressDeadline {
  @ApiProperty() rule!: TimeLimitRule;
  @ApiProperty() duty!: string;
  @ApiProperty() startedOn!: string;
  @ApiProperty() dueOn!: string;
  @ApiProperty({ description: 'Computed without a loaded holiday schedule; recomputed when it is' })
  provisional!: boolean;
  @ApiPropertyOptional() doneOn!: string | null;
  @ApiProperty({ enum: ['OPEN', 'MET', 'MISSED', 'OVERDUE'] }) status!:
    'OPEN' | 'MET' | 'MISSED' | 'OVERDUE';
}

export class ProgressStep {
  @ApiProperty() step!: string;
  @ApiProperty() on!: string;
  @ApiProperty() description!: string;
}

/** Stages, dates and time limits of a case, as staff and the applicant see them; no personal data. */
export class CaseProgressView {
  @ApiProperty() applicationNumber!: string;
  @ApiProperty() caseKind!: CaseKind;
  @ApiProperty({ enum: CASE_STATUSES }) status!: CaseStatus;
  @ApiProperty() residenceCountyCode!: string;
  @ApiProperty() hukouCountyCode!: string;
  @ApiProperty({ type: [ProgressStep] }) steps!: ProgressStep[];
  @ApiProperty({ type: [ProgressDeadline] }) deadlines!: ProgressDeadline[];
  @ApiPropertyOptional() waybillNumber!: string | null;
  @ApiPropertyOptional() closedReason!: string | null;

  static of(application: Application, steps: CaseStep[], today: string): CaseProgressView {
    const doneOn = (step: string) => steps.find((s) => s.step === step)?.on ?? null;
    const limits: [TimeLimitRule, string, string | null, string | null][] = [
      ['R25', '告知评定机构', application.materialsCompletedOn, doneOn('INSTITUTION_DESIGNATED')],
      [
        'R26',
        '录入评定结论并完成公示',
        application.conclusion?.receivedOn ?? null,
        // R10: a plan without publicity (minors) is done once the conclusion is entered.
        application.plan?.publicity === false
          ? doneOn('CONCLUSION_RECORDED')
          : doneOn('PUBLICITY_CLEARED'),
      ],
      ['R27', '户籍地审核、制证并寄出', application.handedOverOn, doneOn('DISPATCHED')],
    ];
    const deadlines = limits
      .filter((limit): limit is [TimeLimitRule, string, string, string | null] => limit[2] !== null)
      .map(([rule, duty, startedOn, done]) => {
        const deadline = deadlineFor(rule, startedOn as LocalDate);
        const status = done
          ? done <= deadline.dueOn
            ? 'MET'
            : 'MISSED'
          : today > deadline.dueOn
            ? 'OVERDUE'
            : 'OPEN';
        return {
          rule,
          duty,
          startedOn,
          dueOn: deadline.dueOn,
          provisional: deadline.provisional,
          doneOn: done,
          status,
        } as const;
      });
    return {
      applicationNumber: application.applicationNumber,
      caseKind: application.caseKind,
      status: application.status,
      residenceCountyCode: application.residenceCountyCode,
      hukouCountyCode: application.hukouCountyCode,
      steps: steps.map(({ step, on, description }) => ({ step, on, description })),
      deadlines,
      waybillNumber: application.dispatch?.waybillNumber ?? null,
      closedReason: application.closedReason,
    };
  }
}
