import { EntityManager } from 'typeorm';
import { CardByNumber } from '../card-register/card-by-number';
import { notFound } from '../http/http-problems';
import { Certificate } from './certificate.entity';

const NOT_ISSUED_HERE = 'certificateNumber: no certificate with this number was issued here';

/**
 * The printed certificate a number means — the card in force, else the latest (CardByNumber) —
 * or a 404 that does not echo the number (it holds the ID). With `lock`, the certificate's row
 * stays locked until the caller's transaction ends.
 */
export async function findCertificateOrFail(
  manager: EntityManager,
  cardByNumber: CardByNumber,
  certificateNumber: string,
  options: { lock?: boolean } = {},
): Promise<Certificate> {
  const card = await cardByNumber.find(certificateNumber, manager);
  // An imported card has no certificate printed here: same answer as a number never issued.
  const found = card
    ? await manager.findOne(Certificate, {
        where: { cardId: card.cardId },
        lock: options.lock ? { mode: 'pessimistic_write' } : undefined,
      })
    : null;
  if (!found) throw notFound(NOT_ISSUED_HERE);
  return found;
}

/**
 * The counties taking part in a certificate's case (R32): where the holder lives and the
 * issuing (hukou) county.
 */
export function countiesOf(certificate: Certificate): string[] {
  return [certificate.residenceCountyCode, certificate.issuingCountyCode];
}
