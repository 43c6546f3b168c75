import { NotificationConfig } from '../config/notification.config';
import { EmailChannel } from './email.channel';
import { HttpGateway } from './http-gateway';
import { LogChannel } from './log.channel';
import { NotificationChannel } from './notification-channel';
import { SmsChannel } from './sms.channel';

/**
 * The channel NOTIFICATION_CHANNEL names. Configuration validation already demands a gateway's
 * variables when its channel is chosen; the checks here name them again for direct callers.
 */
export function createChannel(
  config: NotificationConfig,
  gateway: HttpGateway,
): NotificationChannel {
  const timeoutMs = config.NOTIFICATION_GATEWAY_TIMEOUT_MS;
  switch (config.NOTIFICATION_CHANNEL) {
    case 'log':
      return new LogChannel();
    case 'sms':
      return new SmsChannel(gateway, {
        url: required(config, 'NOTIFICATION_SMS_GATEWAY_URL'),
        token: required(config, 'NOTIFICATION_SMS_GATEWAY_TOKEN'),
        timeoutMs,
      });
    case 'email':
      return new EmailChannel(gateway, {
        url: required(config, 'NOTIFICATION_EMAIL_GATEWAY_URL'),
        token: required(config, 'NOTIFICATION_EMAIL_GATEWAY_TOKEN'),
        from: required(config, 'NOTIFICATION_EMAIL_FROM'),
        timeoutMs,
      });
  }
}

type GatewayVariable =
  | 'NOTIFICATION_SMS_GATEWAY_URL'
  | 'NOTIFICATION_SMS_GATEWAY_TOKEN'
  | 'NOTIFICATION_EMAIL_GATEWAY_URL'
  | 'NOTIFICATION_EMAIL_GATEWAY_TOKEN'
  | 'NOTIFICATION_EMAIL_FROM';

function required(config: NotificationConfig, variable: GatewayVariable): string {
  const value = config[variable];
  if (!value) {
    throw new Error(
      `${variable} is required when NOTIFICATION_CHANNEL=${config.NOTIFICATION_CHANNEL}`,
    );
  }
  return value;
}
