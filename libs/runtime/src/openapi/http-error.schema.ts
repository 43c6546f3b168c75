import type { SchemaObject } from '@nestjs/swagger';

/** The name of {@link HTTP_ERROR_SCHEMA} among the document's component schemas. */
export const HTTP_ERROR_SCHEMA_NAME = 'HttpError';

/**
 * The one error body of every service: Nest's HttpException body as the validation pipe, the
 * staff guard and the services throw it, the domain errors (DomainErrorFilter: `violations`
 * name the rule and field) and the rate limit (RateLimitExceededFilter: `violations` name the
 * limit). `message` is a list of "field: what is wrong" lines, or one sentence.
 */
export const HTTP_ERROR_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['statusCode', 'message'],
  properties: {
    statusCode: { type: 'integer', minimum: 400, maximum: 599, example: 400 },
    error: { type: 'string', example: 'Bad Request' },
    message: {
      anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
      example: ['idNumber: check character does not match (GB11643)'],
    },
    violations: {
      type: 'array',
      description:
        'Domain errors (409, 422): the rule and field each broke; rate limits (429): the limit hit',
      items: { type: 'object', additionalProperties: true },
    },
  },
};

/** What each documented error status means, in the words every operation shares. */
export const ERROR_DESCRIPTIONS: Readonly<Record<number, string>> = {
  400: 'Bad input: the message names every bad field (path, query, header or body)',
  401: 'No valid token: staff endpoints need `Authorization: Bearer <staff token>`',
  403: 'The token is valid but its county, role or read-only role may not do this',
  404: 'Nothing of that id here (or not visible to the caller)',
  409: "The case's current state forbids this action, or the thing exists already",
  413: 'The uploaded file is larger than the node allows',
  422: 'Well-formed but against a domain rule: `violations` name the rule and field',
  429: 'Rate limit of this public endpoint hit: retry after `Retry-After` seconds',
  503: 'A dependency (database, Kafka, S3, holiday calendar) is not available',
};
