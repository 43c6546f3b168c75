import type { Params } from 'nestjs-pino';
import { personalDataRedactPaths } from './personal-data-redaction';

/**
 * Structured JSON logs. Request lines carry method, path and status but never bodies or
 * query strings (which could hold an ID number), and personal fields are redacted.
 */
export function loggerOptions(level: string, service: string, nodeId: string): Params {
  return {
    pinoHttp: {
      level,
      base: { service, node: nodeId },
      redact: { paths: personalDataRedactPaths(), censor: '[redacted]' },
      serializers: {
        req: (req: { id?: unknown; method?: string; url?: string }) => ({
          id: req.id,
          method: req.method,
          path: req.url?.split('?')[0],
        }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => req.url === '/health' },
    },
  };
}
