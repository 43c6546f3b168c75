import { compareLocalDates, type LocalDate } from '../calendar/local-date';
import { prefectureLevelPlaceOf, type PrefectureLevelPlace } from '../divisions/divisions';
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
 * checked at prefecture level: a permit is valid throughout the city that issued it, while the
 * applicant files at the county where they live within it. The place comes from the division
 * table, not from the first four digits, which would join the separate cities directly under a
 * province (仙桃 429004 and 潜江 429005) and split a municipality (重庆 5001xx and 5002xx).
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
  let permitPlace: PrefectureLevelPlace;
  let residencePlace: PrefectureLevelPlace;
  try {
    permitPlace = prefectureLevelPlaceOf(permit.placeCode, 'residencePermit.placeCode');
    residencePlace = prefectureLevelPlaceOf(at.residenceCountyCode, 'residenceCountyCode');
  } catch (error) {
    // An unknown code is reported with the other violations, not thrown past them.
    if (error instanceof DomainRuleViolation) return error;
    throw error;
  }
  if (permitPlace.code !== residencePlace.code) {
    return new DomainRuleViolation(
      'R1',
      'residencePermit.placeCode',
      'NOT_OF_RESIDENCE_PLACE',
      `the permit was issued in ${permit.placeCode} (${permitPlace.name}), not in ${residencePlace.name}, the place of the residence county ${at.residenceCountyCode}`,
    );
  }
  return undefined;
}
