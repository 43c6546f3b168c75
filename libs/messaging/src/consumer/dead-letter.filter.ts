import {
  ArgumentsHost,
  BadRequestException,
  Catch,
  ExceptionFilter,
  Injectable,
} from '@nestjs/common';
import { KafkaContext } from '@nestjs/microservices';
import { RetryLaterError } from '../inbox/processing-errors';
import { DeadLetterWriter } from './dead-letter-writer';
import { errorMessage } from '@tongban/util';

/**
 * Decides the fate of a message whose handler threw: invalid or repeatedly failing messages
 * go to the dead-letter topic and the consumer moves on; unavailable infrastructure rethrows
 * so Kafka redelivers the message later. Nothing accepted is dropped either way.
 */
@Catch()
@Injectable()
export class DeadLetterFilter implements ExceptionFilter {
  constructor(private readonly deadLetters: DeadLetterWriter) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    if (host.getType() !== 'rpc' || exception instanceof RetryLaterError) throw exception;
    const context = host.switchToRpc().getContext<KafkaContext>();
    await this.deadLetters.send(context, deadLetterReason(exception));
  }
}

/** A one-line reason: every invalid field for a validation failure, the error otherwise. */
export function deadLetterReason(exception: unknown): string {
  if (exception instanceof BadRequestException) {
    const body = exception.getResponse() as { message?: string | string[] };
    const fields = Array.isArray(body.message) ? body.message.join('; ') : body.message;
    return `validation failed: ${fields ?? exception.message}`;
  }
  return errorMessage(exception);
}
