import {
  chinaLocalDateOf,
  DomainRuleViolation,
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
  const violationOf = (value: unknown, field: string): string | undefined => {
    if (typeof value !== 'string') return `${field} must be a string`;
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
