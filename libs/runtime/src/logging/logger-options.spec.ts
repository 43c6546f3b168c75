import { loggerOptions } from './logger-options';

describe('loggerOptions', () => {
  const serializeRequest = (url: string) => {
    const http = loggerOptions('info', 'printing', 'node-a').pinoHttp as {
      serializers: { req: (req: { method: string; url: string }) => unknown };
    };
    return http.serializers.req({ method: 'GET', url });
  };

  it('logs request paths without certificate numbers, verification tokens or query strings', () => {
    expect(serializeRequest('/card-register/11010519491231002X42?idNumber=x')).toEqual({
      method: 'GET',
      path: '/card-register/[redacted]',
    });
    expect(serializeRequest('/verify/AbC-_0123456789abcdefghijklmnopqrstuvwxyzAB')).toEqual({
      method: 'GET',
      path: '/verify/[redacted]',
    });
    expect(serializeRequest('/applications/2f1e4d5a-6b0f-4c8e-9d1b-3c2f1e4d5a6b')).toMatchObject({
      path: '/applications/2f1e4d5a-6b0f-4c8e-9d1b-3c2f1e4d5a6b',
    });
  });
});
