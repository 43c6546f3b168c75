import { ValidationPipe } from '@nestjs/common';

/**
 * One validation policy for HTTP bodies and Kafka messages alike: transform to the declared
 * class, reject unknown fields, and report every bad field by name.
 */
export function strictValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
  });
}
