import { auditPath } from '@tongban/auth';
import type { Params } from 'nestjs-pino';
import { personalDataRedactPaths } from './personal-data-redaction';

/**
 * Structured JSON logs. Request lines carry method, path and status but never bodies, query
 * strings or path segments holding an ID or certificate number or a card's verification token,
 * and personal fields are redacted.
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
          path: auditPath(req.url ?? ''),
        }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => req.url === '/health' },
    },
  };
}
