import {
  checkClaimedCategories,
  chinaLocalDateOf,
  DomainRuleViolation,
  isDisabilityCategory,
  type DisabilityCategory,
  parseCertificateNumber,
  parseLocalDate,
  parseResidentId,
  requireCounty,
} from '@tongban/domain';
import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';

/**
 * Runs a domain check as a class-validator rule, so one response names every bad field with
 * the domain's own message and rule id ("idNumber: check character … (GB11643)").
 */
function domainRule(
  name: string,
  check: (value: string, field: string) => void,
  options?: ValidationOptions,
): PropertyDecorator {
  return valueRule(
    name,
    (value, field) => (typeof value === 'string' ? undefined : `${field} must be a string`),
    (value, field) => check(value as string, field),
    options,
  );
}

/** domainRule for any value: `shape` says why a value is not even of the right shape. */
function valueRule(
  name: string,
  shape: (value: unknown, field: string) => string | undefined,
  check: (value: unknown, field: string) => void,
  options?: ValidationOptions,
): PropertyDecorator {
  const violationOf = (value: unknown, field: string): string | undefined => {
    const malformed = shape(value, field);
    if (malformed !== undefined) return malformed;
    try {
      check(value, field);
      return undefined;
    } catch (error) {
      if (error instanceof DomainRuleViolation) return error.message;
      throw error;
    }
  };
  return (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        ...options,
        message: (args: ValidationArguments) => violationOf(args.value, args.property) ?? '',
      },
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          violationOf(value, args.property) === undefined,
      },
    });
}

/**
 * A valid 18-character resident ID (GB 11643-1999): known issuing region, real birth date not
 * after today (China time), correct check character. The edge reads the clock; the rule does not.
 */
export function IsResidentIdNumber(options?: ValidationOptions): PropertyDecorator {
  return domainRule(
    'isResidentIdNumber',
    (value, field) => parseResidentId(value, { asOf: chinaLocalDateOf(new Date()), field }),
    options,
  );
}

/** A county-level division that exists in the GB/T 2260 data (no development-zone pseudo-codes). */
export function IsCountyCode(options?: ValidationOptions): PropertyDecorator {
  return domainRule('isCountyCode', (value, field) => requireCounty(value, field), options);
}

/**
 * R5: claimed categories, each one of the seven, none twice, and MULTIPLE only together with the
 * two or more categories it is made of (the guardian requirement depends on them).
 */
export function IsClaimedCategories(options?: ValidationOptions): PropertyDecorator {
  return valueRule(
    'isClaimedCategories',
    (value, field) =>
      Array.isArray(value) && value.length > 0 && value.every(isDisabilityCategory)
        ? undefined
        : `${field} must be a non-empty list of VISION, HEARING, SPEECH, PHYSICAL, INTELLECTUAL, MENTAL, MULTIPLE`,
    (value, field) => {
      const violation = checkClaimedCategories(value as DisabilityCategory[], field);
      if (violation !== undefined) throw violation;
    },
    options,
  );
}

/**
 * A real calendar date YYYY-MM-DD (ISO 8601): the pattern alone would let 2030-02-30 through,
 * and a permit or validity ending on a day that does not exist is bad input, refused by field.
 */
export function IsLocalDate(options?: ValidationOptions): PropertyDecorator {
  return domainRule('isLocalDate', (value, field) => parseLocalDate(value, field), options);
}

/** A certificate number: resident ID + category digit + level digit, B1, B2 … after a loss (R22). */
export function IsCertificateNumber(options?: ValidationOptions): PropertyDecorator {
  return domainRule(
    'isCertificateNumber',
    (value, field) => parseCertificateNumber(value, { asOf: chinaLocalDateOf(new Date()), field }),
    options,
  );
}
