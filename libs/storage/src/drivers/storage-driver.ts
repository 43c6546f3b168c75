import { Readable } from 'node:stream';

export interface ObjectInfo {
  size: number;
  contentType?: string;
  metadata: Record<string, string>;
}

/** The object-storage operations the document store needs; S3 is the implementation. */
export abstract class StorageDriver {
  abstract ensureBucket(bucket: string): Promise<void>;
  abstract bucketExists(bucket: string): Promise<boolean>;
  abstract put(
    bucket: string,
    key: string,
    body: Buffer,
    size: number,
    metadata: Record<string, string>,
  ): Promise<void>;
  /** Stores a stream of unknown length in parts, never holding more than a part in memory. */
  abstract putStream(
    bucket: string,
    key: string,
    body: Readable,
    metadata: Record<string, string>,
  ): Promise<void>;
  abstract remove(bucket: string, key: string): Promise<void>;
  abstract get(bucket: string, key: string): Promise<Readable>;
  /** Copies an object inside the bucket on the server, metadata included: no bytes pass through us. */
  abstract copy(bucket: string, fromKey: string, toKey: string): Promise<void>;
  abstract stat(bucket: string, key: string): Promise<ObjectInfo>;
  abstract presignedGetUrl(bucket: string, key: string, expirySeconds: number): Promise<string>;
  abstract presignedPutUrl(bucket: string, key: string, expirySeconds: number): Promise<string>;
}
