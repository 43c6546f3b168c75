import { BadRequestException } from '@nestjs/common';
import { ProcessingFailedError } from '../inbox/processing-errors';
import { deadLetterReason } from './dead-letter.filter';

describe('deadLetterReason', () => {
  it('lists every invalid field of a validation failure', () => {
    const failure = new BadRequestException([
      'payload.caseKind must be one of …',
      'caseId must be a UUID',
    ]);
    expect(deadLetterReason(failure)).toBe(
      'validation failed: payload.caseKind must be one of …; caseId must be a UUID',
    );
  });

  it('says how often processing was tried and why it failed', () => {
    expect(deadLetterReason(new ProcessingFailedError(4, new Error('duplicate key')))).toBe(
      'processing failed after 4 attempts: duplicate key',
    );
  });
});
