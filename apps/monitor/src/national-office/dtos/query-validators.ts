import { LOCAL_DATE_MESSAGE, LOCAL_DATE_PATTERN } from '@tongban/contracts';
import {
  IsISO8601,
  Matches,
  registerDecorator,
  ValidationArguments,
  ValidationOptions,
} from 'class-validator';
import { applyDecorators } from '@nestjs/common';

/** A real calendar day written YYYY-MM-DD (2026-02-30 is refused). */
export const IsLocalDate = () =>
  applyDecorators(
    Matches(LOCAL_DATE_PATTERN, { message: LOCAL_DATE_MESSAGE }),
    IsISO8601({ strict: true }, { message: '$property must be a real calendar date' }),
  );

/** The end of a date range may not come before its start (`field` names the start). */
export function IsNotBefore(field: string, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isNotBefore',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [field],
      options: { message: `$property must not be before ${field}`, ...options },
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const start = (args.object as Record<string, unknown>)[field];
          return typeof value !== 'string' || typeof start !== 'string' || value >= start;
        },
      },
    });
}
