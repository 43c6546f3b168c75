import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ServiceConfig } from '@tongban/config';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { StorageDriver } from './drivers/storage-driver';

/** A stored scan: where it is and the digest recorded at upload (fixity, R30). */
export interface StoredDocument {
  bucket: string;
  key: string;
  sha256: string;
  size: number;
  contentType: string;
}

/** What a streaming re-read found: the bytes' sha256 and how many there were. */
export interface ObjectDigest {
  sha256: string;
  size: number;
}

const SHA256_METADATA = 'sha256';

/**
 * This node's scanned documents. Records sha256 and size at upload so any later copy (an
 * archive transfer, a download) can be checked against them.
 */
@Injectable()
export class DocumentStore implements OnApplicationBootstrap {
  readonly bucket: string;

  constructor(
    config: ServiceConfig,
    private readonly driver: StorageDriver,
  ) {
    this.bucket = config.documentBucket();
  }

  /** Creates the node's bucket if it does not exist yet. */
  async onApplicationBootstrap(): Promise<void> {
    await this.driver.ensureBucket(this.bucket);
  }

  /** Stores the bytes and returns their digest; scans are size-limited upstream, so a buffer is fine. */
  async put(key: string, body: Buffer, contentType: string): Promise<StoredDocument> {
    const sha256 = sha256Hex(body);
    await this.driver.put(this.bucket, key, body, body.length, {
      'Content-Type': contentType,
      [SHA256_METADATA]: sha256,
    });
    return { bucket: this.bucket, key, sha256, size: body.length, contentType };
  }

  /**
   * Stores bytes as they stream in (an archive transfer's files can be hundreds of MB), in
   * parts, recording the digest they are expected to have; the caller checks the digest it
   * computed on the way and removes the object if they differ.
   */
  async putStream(
    key: string,
    body: Readable,
    contentType: string,
    expectedSha256: string,
  ): Promise<void> {
    await this.driver.putStream(this.bucket, key, body, {
      'Content-Type': contentType,
      [SHA256_METADATA]: expectedSha256,
    });
  }

  /** Removes an object (one that failed its check, say); absent ones are no error. */
  remove(key: string): Promise<void> {
    return this.driver.remove(this.bucket, key);
  }

  /** The document's bytes as a stream. */
  get(key: string): Promise<Readable> {
    return this.driver.get(this.bucket, key);
  }

  /** The document's bytes in memory. */
  async getBuffer(key: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of await this.get(key)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  /** The digest and size recorded at upload. */
  async describe(key: string): Promise<Omit<StoredDocument, 'bucket' | 'key'>> {
    const info = await this.driver.stat(this.bucket, key);
    const sha256 = info.metadata[SHA256_METADATA] ?? info.metadata[`x-amz-meta-${SHA256_METADATA}`];
    if (!sha256) throw new Error(`document ${key} has no recorded sha256`);
    return { sha256, size: info.size, contentType: info.contentType ?? 'application/octet-stream' };
  }

  /** Re-reads the bytes and checks them against an expected digest. */
  async verify(key: string, expectedSha256: string): Promise<boolean> {
    return sha256Hex(await this.getBuffer(key)) === expectedSha256;
  }

  /**
   * Copies a stored document to another key of the node's bucket on the server (recorded
   * digest included), so nothing of it is held in memory here.
   */
  copy(fromKey: string, toKey: string): Promise<void> {
    return this.driver.copy(this.bucket, fromKey, toKey);
  }

  /**
   * Re-reads the bytes as they stream and returns their sha256 and size, holding one chunk at a
   * time (a fixity audit of objects of any size); undefined when there is no such object.
   */
  async streamDigest(key: string): Promise<ObjectDigest | undefined> {
    let body: Readable;
    try {
      body = await this.get(key);
    } catch (error) {
      if (isMissingObject(error)) return undefined;
      throw error;
    }
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of body) {
      hash.update(chunk as Buffer);
      size += (chunk as Buffer).length;
    }
    return { sha256: hash.digest('hex'), size };
  }

  /** A short-lived URL another county can fetch the bytes from without our credentials. */
  presignedGetUrl(key: string, expirySeconds = 300): Promise<string> {
    return this.driver.presignedGetUrl(this.bucket, key, expirySeconds);
  }

  /** A short-lived URL a browser can upload to directly. */
  presignedPutUrl(key: string, expirySeconds = 300): Promise<string> {
    return this.driver.presignedPutUrl(this.bucket, key, expirySeconds);
  }

  /** Whether the node's bucket is reachable; used by health checks. */
  isReachable(): Promise<boolean> {
    return this.driver.bucketExists(this.bucket);
  }
}

/** Lowercase hex sha256 of bytes. */
export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Whether a storage error says the object (or its bucket) is not there. */
function isMissingObject(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === 'NoSuchKey' || code === 'NotFound' || code === 'NoSuchBucket';
}
