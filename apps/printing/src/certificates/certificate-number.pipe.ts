import { Injectable, PipeTransform } from '@nestjs/common';
import { chinaLocalDateOf, DomainRuleViolation, parseCertificateNumber } from '@tongban/domain';
import { Clock } from '@tongban/util';
import { badRequest } from '../http/http-problems';

/**
 * A certificate number from the path, checked and normalised by the domain (lowercase x and b
 * as printed); a malformed one is a 400 naming the field and the rule, never a lookup.
 */
@Injectable()
export class CertificateNumberPipe implements PipeTransform<string, string> {
  /** What the pipe accepts, in the OpenAPI documents (libs/runtime DocumentedPipe). */
  static readonly openApiSchema = {
    type: 'string',
    pattern: '^\\d{17}[\\dXx][1-7][1-4]([Bb][1-9]\\d*)?$',
    format: 'cn-disability-certificate-number',
    description:
      'A disability certificate number: the resident ID number, the category digit (1–7), the level digit (1–4), and B1, B2 … after each reissue for loss (R22).',
  } as const;

  constructor(private readonly clock: Clock) {}

  transform(value: string): string {
    try {
      return parseCertificateNumber(value, {
        asOf: chinaLocalDateOf(this.clock.now()),
        field: 'certificateNumber',
      }).value;
    } catch (error) {
      if (error instanceof DomainRuleViolation) throw badRequest(error.message);
      throw error;
    }
  }
}
