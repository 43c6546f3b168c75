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
