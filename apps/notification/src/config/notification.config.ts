import { ConfigVariable, ServiceConfig } from '@tongban/config';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsNotEmpty, IsUrl, Max, Min, ValidateIf } from 'class-validator';

export const CHANNEL_NAMES = ['log', 'sms', 'email'] as const;
export type ChannelName = (typeof CHANNEL_NAMES)[number];

const GATEWAY_URL = { require_tld: false, require_protocol: true, protocols: ['http', 'https'] };

/**
 * Notification's environment: the shared service variables, the channel notices go out on
 * and the gateways behind it. A gateway's variables are required only when its channel is
 * chosen, so a node without an SMS contract runs on the log channel with nothing to set.
 */
export class NotificationConfig extends ServiceConfig {
  @ConfigVariable({
    group: 'node',
    description: 'Channel notices go out on: log (default; records only), sms or email',
  })
  @IsIn(CHANNEL_NAMES)
  NOTIFICATION_CHANNEL: ChannelName = 'log';

  @ConfigVariable({
    group: 'http',
    description: 'SMS gateway endpoint (POST JSON); required when NOTIFICATION_CHANNEL=sms',
    optional: true,
  })
  @ValidateIf((config: NotificationConfig) => config.NOTIFICATION_CHANNEL === 'sms')
  @IsUrl(GATEWAY_URL, { message: 'must be an http(s) URL when NOTIFICATION_CHANNEL=sms' })
  NOTIFICATION_SMS_GATEWAY_URL?: string;

  @ConfigVariable({
    group: 'http',
    description: 'Bearer token of the SMS gateway; required when NOTIFICATION_CHANNEL=sms',
    secret: true,
    optional: true,
  })
  @ValidateIf((config: NotificationConfig) => config.NOTIFICATION_CHANNEL === 'sms')
  @IsNotEmpty({ message: 'is required when NOTIFICATION_CHANNEL=sms' })
  NOTIFICATION_SMS_GATEWAY_TOKEN?: string;

  @ConfigVariable({
    group: 'http',
    description: 'Email gateway endpoint (POST JSON); required when NOTIFICATION_CHANNEL=email',
    optional: true,
  })
  @ValidateIf((config: NotificationConfig) => config.NOTIFICATION_CHANNEL === 'email')
  @IsUrl(GATEWAY_URL, { message: 'must be an http(s) URL when NOTIFICATION_CHANNEL=email' })
  NOTIFICATION_EMAIL_GATEWAY_URL?: string;

  @ConfigVariable({
    group: 'http',
    description: 'Bearer token of the email gateway; required when NOTIFICATION_CHANNEL=email',
    secret: true,
    optional: true,
  })
  @ValidateIf((config: NotificationConfig) => config.NOTIFICATION_CHANNEL === 'email')
  @IsNotEmpty({ message: 'is required when NOTIFICATION_CHANNEL=email' })
  NOTIFICATION_EMAIL_GATEWAY_TOKEN?: string;

  @ConfigVariable({
    group: 'http',
    description: 'Sender address of notice emails; required when NOTIFICATION_CHANNEL=email',
    optional: true,
  })
  @ValidateIf((config: NotificationConfig) => config.NOTIFICATION_CHANNEL === 'email')
  @IsEmail({}, { message: 'must be an email address when NOTIFICATION_CHANNEL=email' })
  NOTIFICATION_EMAIL_FROM?: string;

  @ConfigVariable({
    group: 'http',
    description: 'Milliseconds to wait for a gateway answer before counting the send as failed',
  })
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(120_000)
  NOTIFICATION_GATEWAY_TIMEOUT_MS = 10_000;

  @ConfigVariable({
    group: 'node',
    description: 'Milliseconds between sweeps for notices due to be sent or retried',
  })
  @Type(() => Number)
  @IsInt()
  @Min(50)
  NOTIFICATION_SWEEP_INTERVAL_MS = 1_000;

  @ConfigVariable({
    group: 'node',
    description: 'Send attempts per notice before it is marked UNDELIVERED for staff to follow up',
  })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  NOTIFICATION_MAX_ATTEMPTS = 5;

  @ConfigVariable({
    group: 'node',
    description: 'Delay before the first retry; doubles per attempt up to the maximum delay',
  })
  @Type(() => Number)
  @IsInt()
  @Min(10)
  NOTIFICATION_RETRY_BASE_MS = 60_000;

  @ConfigVariable({ group: 'node', description: 'Longest delay between two retries' })
  @Type(() => Number)
  @IsInt()
  @Min(10)
  NOTIFICATION_RETRY_MAX_MS = 3_600_000;
}
