import { loadConfig, ServiceConfig } from '@tongban/config';
import type { DocumentKind } from '@tongban/contracts';
import { DocumentStore, S3StorageDriver } from '@tongban/storage';
import { TestNode } from '@tongban/testing';
import { randomUUID } from 'node:crypto';

/** A scan reference as the residence county's intake puts it in a hand-over. */
export interface ScanReference {
  kind: DocumentKind;
  title?: string;
  key: string;
  sha256: string;
  size: number;
  contentType: string;
  url: string;
  urlExpiresAt: string;
}

/**
 * The residence county's own bucket, reached the way its services reach it: scans go in with
 * their digest, and come out through presigned URLs the hukou county fetches (R30).
 */
export class ResidenceScans {
  private constructor(readonly store: DocumentStore) {}

  static async of(residence: TestNode): Promise<ResidenceScans> {
    const config = loadConfig(ServiceConfig, residence.env({ HTTP_PORT: '1' }));
    const store = new DocumentStore(config, new S3StorageDriver(config));
    await store.onApplicationBootstrap();
    return new ResidenceScans(store);
  }

  /** Uploads a scan and references it with a presigned URL valid for `ttlSeconds`. */
  async upload(
    kind: DocumentKind,
    bytes: Buffer,
    contentType: string,
    ttlSeconds = 600,
  ): Promise<ScanReference> {
    const key = `applications/${randomUUID()}/${kind.toLowerCase()}`;
    const stored = await this.store.put(key, bytes, contentType);
    return {
      kind,
      key,
      sha256: stored.sha256,
      size: stored.size,
      contentType,
      url: await this.store.presignedGetUrl(key, ttlSeconds),
      urlExpiresAt: new Date(Date.now() + ttlSeconds * 1000).toISOString(),
    };
  }
}
