import { ConfigError, loadConfig } from '@tongban/config';
import { aServiceEnvironment } from '@tongban/testing';
import { NotificationConfig } from '../config/notification.config';
import { createChannel } from './create-channel';
import { EmailChannel } from './email.channel';
import { GatewayRequest, HttpGateway, isRetryableStatus } from './http-gateway';
import { LogChannel } from './log.channel';
import { DeliveryResult, NoticeRecipient, RenderedNotice } from './notification-channel';
import { SmsChannel } from './sms.channel';

const SMS_ENV = {
  NOTIFICATION_CHANNEL: 'sms',
  NOTIFICATION_SMS_GATEWAY_URL: 'https://sms.example.gov.cn/send',
  NOTIFICATION_SMS_GATEWAY_TOKEN: 'sms-token-very-secret',
};

const RECIPIENT: NoticeRecipient = { name: '张三', phone: '13800138000', email: null };
const NOTICE: RenderedNotice = {
  id: '2f0d4c7e-8a51-4b0e-9d0b-6f7f0e1d2c3b',
  subject: '受理通知（申请编号TB-1）',
  text: '【南京市鼓楼区残联】张三您好：您的残疾人证“跨省通办”申请已受理。',
};

/** A gateway that records what it was asked and answers as told. */
class FakeGateway extends HttpGateway {
  readonly requests: GatewayRequest[] = [];
  constructor(
    private readonly answer: DeliveryResult = { delivered: true, providerMessageId: 'm-1' },
  ) {
    super();
  }
  override async post(request: GatewayRequest): Promise<DeliveryResult> {
    this.requests.push(request);
    return this.answer;
  }
}

const configOf = (env: Record<string, string>) =>
  loadConfig(NotificationConfig, aServiceEnvironment(env));

describe('channel selection (NOTIFICATION_CHANNEL)', () => {
  it('defaults to the log channel, which needs no gateway', () => {
    const channel = createChannel(configOf({}), new FakeGateway());
    expect(channel).toBeInstanceOf(LogChannel);
    expect(channel.name).toBe('log');
  });

  it('uses the SMS gateway when sms is configured with its URL and token', () => {
    expect(createChannel(configOf(SMS_ENV), new FakeGateway())).toBeInstanceOf(SmsChannel);
  });

  it('uses the email gateway when email is configured with URL, token and sender', () => {
    const channel = createChannel(
      configOf({
        NOTIFICATION_CHANNEL: 'email',
        NOTIFICATION_EMAIL_GATEWAY_URL: 'http://mail-gateway:8080/messages',
        NOTIFICATION_EMAIL_GATEWAY_TOKEN: 'mail-token',
        NOTIFICATION_EMAIL_FROM: 'notice@canlian.example.gov.cn',
      }),
      new FakeGateway(),
    );
    expect(channel).toBeInstanceOf(EmailChannel);
  });

  it('refuses to start on sms without a gateway, naming each variable and hiding the token', () => {
    const attempt = () =>
      configOf({
        NOTIFICATION_CHANNEL: 'sms',
        NOTIFICATION_SMS_GATEWAY_URL: 'not a url',
        NOTIFICATION_SMS_GATEWAY_TOKEN: '',
      });
    expect(attempt).toThrow(ConfigError);
    const message = (() => {
      try {
        attempt();
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toMatch(
      /NOTIFICATION_SMS_GATEWAY_URL: must be an http\(s\) URL .*\(got "not a url"\)/,
    );
    expect(message).toMatch(/NOTIFICATION_SMS_GATEWAY_TOKEN: is required .*\(value hidden\)/);
  });

  it('refuses an unknown channel', () => {
    expect(() => configOf({ NOTIFICATION_CHANNEL: 'fax' })).toThrow(
      /NOTIFICATION_CHANNEL: .*must be one of the following values: log, sms, email \(got "fax"\)/,
    );
  });

  it('ignores gateway variables of channels not chosen', () => {
    expect(() =>
      configOf({ NOTIFICATION_CHANNEL: 'log', NOTIFICATION_EMAIL_GATEWAY_URL: 'nonsense' }),
    ).not.toThrow();
  });
});

describe('LogChannel (R32)', () => {
  it('writes one line with the masked phone and the notice id, never the name or the text', async () => {
    const lines: unknown[] = [];
    const channel = new LogChannel({ log: (message: unknown) => lines.push(message) });

    const result = await channel.send(RECIPIENT, NOTICE);

    expect(result).toEqual({ delivered: true, providerMessageId: null });
    expect(lines).toHaveLength(1);
    const written = JSON.stringify(lines);
    expect(written).toContain('138****8000');
    expect(written).toContain(NOTICE.id);
    expect(written).not.toContain('13800138000');
    expect(written).not.toContain('张三');
    expect(written).not.toContain('受理');
  });
});

describe('gateway channels', () => {
  it('sends an SMS as { to, text } with the token and the notice id as idempotency key', async () => {
    const gateway = new FakeGateway();
    const channel = createChannel(configOf(SMS_ENV), gateway);

    await expect(channel.send(RECIPIENT, NOTICE)).resolves.toEqual({
      delivered: true,
      providerMessageId: 'm-1',
    });
    expect(gateway.requests).toEqual([
      {
        url: 'https://sms.example.gov.cn/send',
        token: 'sms-token-very-secret',
        timeoutMs: 10_000,
        idempotencyKey: NOTICE.id,
        body: { to: '13800138000', text: NOTICE.text },
      },
    ]);
  });

  it('passes on a gateway failure as it was classified', async () => {
    const failure = {
      delivered: false,
      retryable: true,
      reason: 'gateway answered HTTP 503',
    } as const;
    const channel = createChannel(configOf(SMS_ENV), new FakeGateway(failure));
    await expect(channel.send(RECIPIENT, NOTICE)).resolves.toEqual(failure);
  });

  it('does not retry an email to a recipient without an address', async () => {
    const gateway = new FakeGateway();
    const channel = new EmailChannel(gateway, {
      url: 'http://mail',
      token: 't',
      from: 'a@b.cn',
      timeoutMs: 1000,
    });
    await expect(channel.send(RECIPIENT, NOTICE)).resolves.toEqual({
      delivered: false,
      retryable: false,
      reason: 'the recipient has no email address',
    });
    expect(gateway.requests).toHaveLength(0);
  });

  it('sends an email with subject and text when the address is known', async () => {
    const gateway = new FakeGateway();
    const channel = new EmailChannel(gateway, {
      url: 'http://mail',
      token: 't',
      from: 'notice@canlian.example.gov.cn',
      timeoutMs: 1000,
    });
    await channel.send({ ...RECIPIENT, email: 'zhangsan@example.cn' }, NOTICE);
    expect(gateway.requests[0]!.body).toEqual({
      from: 'notice@canlian.example.gov.cn',
      to: 'zhangsan@example.cn',
      subject: NOTICE.subject,
      text: NOTICE.text,
    });
  });

  it.each([
    [500, true],
    [503, true],
    [429, true],
    [401, true],
    [408, true],
    [400, false],
    [404, false],
    [422, false],
  ])('treats HTTP %i as retryable: %s', (status, retryable) => {
    expect(isRetryableStatus(status)).toBe(retryable);
  });
});
