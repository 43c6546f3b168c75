import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus, Logger } from '@nestjs/common';
import { auditPath } from '@tongban/auth';
import type { Request, Response } from 'express';
import { RateLimitExceeded } from './rate-limit-exceeded';

/**
 * Answers a hit rate limit with 429, `Retry-After` and an error body shaped like the service's
 * other errors, and logs one "public_rate_limited" line for operators.
 */
@Catch(RateLimitExceeded)
export class RateLimitExceededFilter implements ExceptionFilter {
  private readonly logger = new Logger('PublicRateLimit');

  catch(error: RateLimitExceeded, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw error;
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const { variable, max, windowSeconds } = error.limit;
    const retryAfterSeconds = Math.max(1, error.retryAfterSeconds);
    // R32: the body may hold an ID number, so the line names only the limit, the masked path
    // and the client address — never the body or the query string.
    this.logger.warn({
      msg: 'public request refused: rate limit',
      event: 'public_rate_limited',
      limit: variable,
      max,
      windowSeconds,
      retryAfterSeconds,
      method: request.method,
      path: auditPath(request.originalUrl ?? request.url),
      ip: request.ip,
    });
    response
      .status(HttpStatus.TOO_MANY_REQUESTS)
      .setHeader('Retry-After', String(retryAfterSeconds))
      .json({
        statusCode: HttpStatus.TOO_MANY_REQUESTS,
        error: error.name,
        message: [error.message],
        violations: [{ limit: variable, max, windowSeconds, retryAfterSeconds }],
      });
  }
}
