import { Injectable } from '@nestjs/common';
import { DocumentStore } from '@tongban/storage';
import { Clock } from '@tongban/util';
import { IntakeConfig } from '../config/intake.config';

export interface SignedScan<T> {
  scan: T;
  url: string;
  urlExpiresAt: string;
}

/**
 * Presigned GET URLs the hukou county fetches scans from (R30): the bytes stay in this county's
 * bucket, the URL is a short-lived credential for exactly one object.
 */
@Injectable()
export class ScanUrlSigner {
  constructor(
    private readonly documents: DocumentStore,
    private readonly clock: Clock,
    private readonly config: IntakeConfig,
  ) {}

  /**
   * Signs each scan's object. All share one stated expiry, so the receiver knows URLs signed
   * together stop working together and asks for fresh ones in one go.
   */
  async sign<T extends { storageKey: string }>(scans: T[]): Promise<SignedScan<T>[]> {
    const ttlSeconds = this.config.INTAKE_HANDOVER_URL_TTL_SECONDS;
    const urlExpiresAt = new Date(this.clock.now().getTime() + ttlSeconds * 1000).toISOString();
    const signed: SignedScan<T>[] = [];
    for (const scan of scans) {
      const url = await this.documents.presignedGetUrl(scan.storageKey, ttlSeconds);
      signed.push({ scan, url, urlExpiresAt });
    }
    return signed;
  }
}
