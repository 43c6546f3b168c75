import { Injectable } from '@nestjs/common';
import { ServiceConfig } from '@tongban/config';
import { Client, CopyDestinationOptions, CopySourceOptions } from 'minio';
import { Readable } from 'node:stream';
import { ObjectInfo, StorageDriver } from './storage-driver';

/** S3-compatible storage through the minio client (MinIO in deployment, any SigV4 server in tests). */
@Injectable()
export class S3StorageDriver extends StorageDriver {
  private readonly client: Client;

  constructor(config: ServiceConfig) {
    super();
    const endpoint = new URL(config.S3_ENDPOINT);
    this.client = new Client({
      endPoint: endpoint.hostname,
      port: endpoint.port ? Number(endpoint.port) : undefined,
      useSSL: endpoint.protocol === 'https:',
      accessKey: config.S3_ACCESS_KEY,
      secretKey: config.S3_SECRET_KEY,
      region: config.S3_REGION,
      pathStyle: true,
      // Scans above 5 MiB go up in parts, so a dropped connection costs one part, not the file.
      partSize: 5 * 1024 * 1024,
    });
  }

  async ensureBucket(bucket: string): Promise<void> {
    if (await this.client.bucketExists(bucket)) return;
    try {
      await this.client.makeBucket(bucket, '');
    } catch (error) {
      // Another instance may have created it between the check and the call.
      if ((error as { code?: string }).code !== 'BucketAlreadyOwnedByYou') throw error;
    }
  }

  bucketExists(bucket: string): Promise<boolean> {
    return this.client.bucketExists(bucket);
  }

  async put(
    bucket: string,
    key: string,
    body: Buffer,
    size: number,
    metadata: Record<string, string>,
  ): Promise<void> {
    // A stream (not a Buffer) is what minio-js splits into parts of `partSize`.
    await this.client.putObject(bucket, key, Readable.from([body]), size, metadata);
  }

  async putStream(
    bucket: string,
    key: string,
    body: Readable,
    metadata: Record<string, string>,
  ): Promise<void> {
    await this.client.putObject(bucket, key, body, undefined, metadata);
  }

  remove(bucket: string, key: string): Promise<void> {
    return this.client.removeObject(bucket, key);
  }

  get(bucket: string, key: string): Promise<Readable> {
    return this.client.getObject(bucket, key);
  }

  async copy(bucket: string, fromKey: string, toKey: string): Promise<void> {
    await this.client.copyObject(
      new CopySourceOptions({ Bucket: bucket, Object: fromKey }),
      new CopyDestinationOptions({ Bucket: bucket, Object: toKey }),
    );
  }

  async stat(bucket: string, key: string): Promise<ObjectInfo> {
    const stat = await this.client.statObject(bucket, key);
    const metadata: Record<string, string> = {};
    for (const [name, value] of Object.entries(stat.metaData ?? {}))
      metadata[name.toLowerCase()] = String(value);
    return { size: stat.size, contentType: metadata['content-type'], metadata };
  }

  presignedGetUrl(bucket: string, key: string, expirySeconds: number): Promise<string> {
    return this.client.presignedGetObject(bucket, key, expirySeconds);
  }

  presignedPutUrl(bucket: string, key: string, expirySeconds: number): Promise<string> {
    return this.client.presignedPutObject(bucket, key, expirySeconds);
  }
}
