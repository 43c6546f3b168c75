import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '@tongban/auth';
import { AsyncApiDocument, exchangeAsyncApiDocument } from '@tongban/contracts';

/** Where every service of every node serves the exchange contract. */
export const ASYNCAPI_ROUTE = 'asyncapi.json';

/**
 * The public exchange contract (R34) from every service of every node, so a docking system reads
 * the contract of the release it talks to: topics, envelope, payload schemas, versions, signing
 * and encryption. Built from the same classes the services validate with; no personal data.
 */
@ApiTags('operations')
// The contract is public by R34: a provincial system reads it before it has any account.
@Public()
// The same bytes for everyone, built once: like /docs, not worth a rate limit.
@SkipThrottle()
@Controller()
export class AsyncApiController {
  private document?: AsyncApiDocument;

  @Get(ASYNCAPI_ROUTE)
  @ApiOperation({
    summary: 'The exchange contract as an AsyncAPI 3.0 document (R34; no staff token)',
    security: [],
  })
  @ApiOkResponse({
    description: 'AsyncAPI 3.0.0 JSON, as checked in at docs/exchange/asyncapi.json',
  })
  asyncApi(): AsyncApiDocument {
    this.document ??= exchangeAsyncApiDocument();
    return this.document;
  }
}
