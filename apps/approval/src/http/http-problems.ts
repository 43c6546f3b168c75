import {
  BadRequestException,
  ConflictException,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';

// The same body shape as the validation pipe's, so clients read one kind of error everywhere:
// { statusCode, error, message: ["field: what is wrong (rule)"] }.

export function badRequest(...messages: string[]): BadRequestException {
  return new BadRequestException({ statusCode: 400, error: 'Bad Request', message: messages });
}

export function notFound(...messages: string[]): NotFoundException {
  return new NotFoundException({ statusCode: 404, error: 'Not Found', message: messages });
}

export function conflict(...messages: string[]): ConflictException {
  return new ConflictException({ statusCode: 409, error: 'Conflict', message: messages });
}

export function unprocessable(...messages: string[]): UnprocessableEntityException {
  return new UnprocessableEntityException({
    statusCode: 422,
    error: 'Unprocessable Entity',
    message: messages,
  });
}
