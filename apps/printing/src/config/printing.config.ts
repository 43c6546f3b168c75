import { ConfigVariable, ServiceConfig } from '@tongban/config';
import { IsOptional, IsUrl } from 'class-validator';

/** Printing's environment: the shared service variables plus where printed QR codes point. */
export class PrintingConfig extends ServiceConfig {
  @ConfigVariable({
    group: 'http',
    description:
      'Public base URL the QR code on a printed card points to (<base>/verify/<token>); default http://127.0.0.1:<HTTP_PORT>',
    optional: true,
  })
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  PUBLIC_VERIFY_BASE_URL?: string;

  /** The base of verification URLs, without a trailing slash. */
  verifyBaseUrl(): string {
    const base = this.PUBLIC_VERIFY_BASE_URL ?? `http://127.0.0.1:${this.HTTP_PORT}`;
    return base.replace(/\/+$/, '');
  }
}
