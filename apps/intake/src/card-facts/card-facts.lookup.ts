import { ConflictException, UnprocessableEntityException } from '@nestjs/common';
import type { CardFactsDto } from '@tongban/contracts';
import { EntityManager } from 'typeorm';
import type { Application } from '../applications/application.entity';
import { CardFactsRecord } from './card-facts-record.entity';

/**
 * The facts of the card a case names, as the hukou county answered (R13–R24); a clear refusal
 * while it has not answered (409: ask again or wait) or when it holds no such card (422).
 */
export async function requireCardFacts(
  manager: EntityManager,
  application: Application,
): Promise<CardFactsDto> {
  const record = await manager.findOneBy(CardFactsRecord, { applicationId: application.id });
  if (!record?.outcome) {
    throw new ConflictException({
      statusCode: 409,
      error: 'Conflict',
      message: [
        `currentCertificateNumber: 户籍地尚未答复 — the hukou county ${application.hukouCountyCode} has not answered yet about this card; the case is judged on its facts (R13–R24). Ask again with POST /applications/${application.id}/card-facts/request`,
      ],
    });
  }
  if (record.outcome === 'NOT_FOUND' || !record.facts) {
    throw new UnprocessableEntityException({
      statusCode: 422,
      error: 'Unprocessable Entity',
      message: [
        `currentCertificateNumber: the hukou county ${record.hukouCountyCode} holds no card with this number (R11)`,
      ],
    });
  }
  return record.facts;
}
