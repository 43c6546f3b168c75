import { ArgumentMetadata, BadRequestException, ValidationPipe } from '@nestjs/common';
import { findControlCharacter } from './control-characters';

/**
 * One validation policy for HTTP bodies and Kafka messages alike: refuse control characters,
 * transform to the declared class, reject unknown fields, and report every bad field by name.
 */
class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // What the client wrote as text: body, query and path; never an uploaded file's bytes.
    const found = metadata.type === 'custom' ? undefined : findControlCharacter(value);
    if (found) {
      throw new BadRequestException([
        `${found.path} must not contain control characters (found ${found.codePoint})`,
      ]);
    }
    return super.transform(value, metadata);
  }
}

export function strictValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
  });
}
