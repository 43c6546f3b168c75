import { ConflictException, HttpException, UnprocessableEntityException } from '@nestjs/common';
import type { CollectionRefusal, DestructionOffence } from './custody-rules';

/** The HTTP error for a refused collection, shaped like the domain's errors (field, rule). */
export function collectionRefused(refusal: CollectionRefusal): HttpException {
  const body = {
    statusCode: refusal.status,
    error: refusal.status === 409 ? 'Conflict' : 'Unprocessable Entity',
    message: [refusal.message],
    violations: [{ rule: 'R28', field: refusal.field, code: refusal.code }],
  };
  return refusal.status === 409
    ? new ConflictException(body)
    : new UnprocessableEntityException(body);
}

/** 422 for a batch refused whole (R28): one line and one violation per offending id. */
export function batchRefused(offences: readonly DestructionOffence[]): HttpException {
  return new UnprocessableEntityException({
    statusCode: 422,
    error: 'Unprocessable Entity',
    message: offences.map((o) => `custodyIds: ${o.reason}; the whole batch is refused (R28)`),
    violations: offences.map((o) => ({
      rule: 'R28',
      field: 'custodyIds',
      code: o.code,
      custodyId: o.custodyId,
    })),
  });
}
