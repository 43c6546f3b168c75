import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import {
  DomainError,
  DomainRuleViolation,
  IllegalTransitionError,
  UnknownHolidayScheduleError,
} from '@tongban/domain';
import type { Response } from 'express';

/**
 * Turns a broken domain rule into the clear HTTP error the clerk needs: the field and the rule
 * (422), or the case's current state that forbids the action (409). Nothing was changed: rules
 * are checked before any write commits.
 */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw error;
    const response = host.switchToHttp().getResponse<Response>();
    const status =
      error instanceof IllegalTransitionError
        ? HttpStatus.CONFLICT
        : error instanceof UnknownHolidayScheduleError
          ? HttpStatus.SERVICE_UNAVAILABLE
          : HttpStatus.UNPROCESSABLE_ENTITY;
    const violations = error instanceof DomainRuleViolations ? error.violations : [error];
    response.status(status).json({
      statusCode: status,
      error: error.name,
      message: violations.map((v) => v.message),
      violations: violations.map((v) => ({
        rule: v.rule,
        ...(v instanceof DomainRuleViolation ? { field: v.field, code: v.code } : {}),
      })),
    });
  }
}

/** Several violations found at once (e.g. eligibility), answered together in one 422. */
export class DomainRuleViolations extends DomainError {
  override readonly name = 'DomainRuleViolations';
  readonly rule: DomainError['rule'];

  constructor(readonly violations: readonly DomainRuleViolation[]) {
    super(violations.map((v) => v.message).join('; '));
    this.rule = violations[0]!.rule;
  }
}
