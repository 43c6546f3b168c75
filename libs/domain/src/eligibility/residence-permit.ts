import { compareLocalDates, type LocalDate } from '../calendar/local-date';
import { DomainRuleViolation } from '../errors/domain-errors';

/** A residence permit (居住证) as entered from the applicant's document. */
export interface ResidencePermit {
  /** County code of the issuing public security bureau. */
  readonly placeCode: string;
  readonly validFrom: LocalDate;
  readonly validUntil: LocalDate;
}

/**
 * R1: a residence permit of the residence place, valid on the application date. "Of the place" is
 * checked at prefecture level (first four digits): a permit is valid throughout the city that
 * issued it, while the applicant files at the county where they live within it.
 */
export function checkResidencePermit(
  permit: ResidencePermit | undefined,
  at: { readonly applicationDate: LocalDate; readonly residenceCountyCode: string },
): DomainRuleViolation | undefined {
  if (permit === undefined) {
    return new DomainRuleViolation(
      'R1',
      'residencePermit',
      'MISSING',
      'a valid residence permit of the residence place is required',
    );
  }
  if (
    compareLocalDates(at.applicationDate, permit.validFrom) < 0 ||
    compareLocalDates(at.applicationDate, permit.validUntil) > 0
  ) {
    return new DomainRuleViolation(
      'R1',
      'residencePermit.validUntil',
      'NOT_VALID_ON_APPLICATION_DATE',
      `the permit is valid ${permit.validFrom}..${permit.validUntil}, not on ${at.applicationDate}`,
    );
  }
  if (permit.placeCode.slice(0, 4) !== at.residenceCountyCode.slice(0, 4)) {
    return new DomainRuleViolation(
      'R1',
      'residencePermit.placeCode',
      'NOT_OF_RESIDENCE_PLACE',
      `the permit was issued in ${permit.placeCode}, not in the city of the residence county ${at.residenceCountyCode}`,
    );
  }
  return undefined;
}
