import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';

/**
 * The last word on an error nothing else answered: 500 to the caller, and a log line that says
 * what failed without what it failed on. Nest's own handler logs the whole error object, and a
 * failed query carries its SQL parameters (ID numbers, phones, addresses) and the driver's
 * detail ("Key (id_number)=(…)"); this logs the error's kind, SQLSTATE and place instead.
 * Declared before the specific filters, which take precedence for their own errors.
 */
@Catch()
export class UnexpectedErrorFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('UnexpectedError');

  override catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw error;
    if (error instanceof HttpException) return super.catch(error, host);
    this.logger.error({ msg: 'request failed', error: describeSafely(error) });
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(HttpStatus.INTERNAL_SERVER_ERROR)
      .json({ statusCode: HttpStatus.INTERNAL_SERVER_ERROR, message: 'Internal server error' });
  }
}

/** What an unexpected error may tell the log: never its parameters, query values or detail. */
export function describeSafely(error: unknown): Record<string, unknown> {
  if (error instanceof QueryFailedError) {
    const driver = error.driverError as Record<string, unknown> | undefined;
    return {
      type: 'QueryFailedError',
      // Quoted parts of a PostgreSQL message may be the offending value itself.
      message: error.message.replace(/"[^"]*"/g, '"…"'),
      sqlState: driver?.['code'],
      table: driver?.['table'],
      column: driver?.['column'],
      constraint: driver?.['constraint'],
    };
  }
  if (error instanceof Error)
    return { type: error.name, message: error.message, stack: error.stack };
  return { type: typeof error };
}
