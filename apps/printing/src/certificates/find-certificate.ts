import { EntityManager } from 'typeorm';
import { notFound } from '../http/http-problems';
import { Certificate } from './certificate.entity';

/**
 * The certificate with this number, or a 404 that does not echo the number (it holds the ID).
 * With `lock`, the row stays locked until the caller's transaction ends.
 */
export async function findCertificateOrFail(
  manager: EntityManager,
  certificateNumber: string,
  options: { lock?: boolean } = {},
): Promise<Certificate> {
  const found = await manager.findOne(Certificate, {
    where: { certificateNumber },
    lock: options.lock ? { mode: 'pessimistic_write' } : undefined,
  });
  if (!found) throw notFound('certificateNumber: no certificate with this number was issued here');
  return found;
}

/**
 * The counties taking part in a certificate's case (R32): where the holder lives and the
 * issuing (hukou) county.
 */
export function countiesOf(certificate: Certificate): string[] {
  return [certificate.residenceCountyCode, certificate.issuingCountyCode];
}
