import { DomainRuleViolation } from '../errors/domain-errors';

/** An assessment fee in fen (分) and the local waiver applied to it, if any (R9: record both). */
export interface AssessmentFee {
  readonly amountFen: number;
  readonly waiver?: { readonly policy: string; readonly amountFen: number };
}

/** R9: what the applicant pays — the fee, less a waiver that names its local policy and does not exceed it. */
export function applicantPaysFen(fee: AssessmentFee): number {
  if (!Number.isInteger(fee.amountFen) || fee.amountFen < 0) {
    throw new DomainRuleViolation(
      'R9',
      'assessmentFee.amountFen',
      'INVALID_AMOUNT',
      'the fee is a non-negative whole number of fen',
    );
  }
  const { waiver } = fee;
  if (waiver === undefined) return fee.amountFen;
  if (waiver.policy.trim() === '') {
    throw new DomainRuleViolation(
      'R9',
      'assessmentFee.waiver.policy',
      'REQUIRED',
      'a waiver must name the local policy it applies',
    );
  }
  if (
    !Number.isInteger(waiver.amountFen) ||
    waiver.amountFen < 0 ||
    waiver.amountFen > fee.amountFen
  ) {
    throw new DomainRuleViolation(
      'R9',
      'assessmentFee.waiver.amountFen',
      'INVALID_AMOUNT',
      'a waiver is between 0 and the fee',
    );
  }
  return fee.amountFen - waiver.amountFen;
}
