import { errorMessage } from '@tongban/util';

/** Infrastructure was unavailable: leave the message uncommitted so Kafka redelivers it later. */
export class RetryLaterError extends Error {
  constructor(override readonly cause: unknown) {
    super(`infrastructure unavailable, will be redelivered: ${errorMessage(cause)}`);
    this.name = 'RetryLaterError';
  }
}

/** The handler kept failing: the message goes to the dead-letter topic with this reason. */
export class ProcessingFailedError extends Error {
  constructor(
    readonly attempts: number,
    override readonly cause: unknown,
  ) {
    super(`processing failed after ${attempts} attempts: ${errorMessage(cause)}`);
    this.name = 'ProcessingFailedError';
  }
}

// PostgreSQL classes 08 (connection), 53 (resources), 57P (operator intervention) and socket
// errors mean "try again later", not "this message is bad".
const TRANSIENT_PG_CODE = /^(08|53|57P)/;
const TRANSIENT_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
]);

/** Whether an error comes from unavailable infrastructure rather than from the message. */
export function isInfrastructureUnavailable(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const code = (error as { code?: unknown }).code;
  if (
    typeof code === 'string' &&
    (TRANSIENT_PG_CODE.test(code) || TRANSIENT_SOCKET_CODES.has(code))
  )
    return true;
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' && /Connection terminated|connection timeout/i.test(message);
}
