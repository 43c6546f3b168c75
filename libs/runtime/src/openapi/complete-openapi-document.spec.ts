/// <reference types="multer" />
import {
  Body,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { Test } from '@nestjs/testing';
import { SkipThrottle } from '@nestjs/throttler';
import { Public, Roles } from '@tongban/auth';
import { IsCountyCode } from '@tongban/contracts';
import { IsIn, IsInt, IsOptional, Length, Max, Min } from 'class-validator';
import { PageQuery } from '../http/page.query';
import {
  BEARER_SCHEME,
  completeOpenApiDocument,
  NO_CONTROL_CHARACTERS_PATTERN,
} from './complete-openapi-document';
import { HTTP_ERROR_SCHEMA_NAME } from './http-error.schema';

class NoteDto {
  @Length(1, 200)
  text!: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  priority?: number;

  @IsIn(['OPEN', 'CLOSED'])
  state!: string;

  @IsCountyCode()
  countyCode!: string;
}

@Controller('cases')
class CasesController {
  @Get(':caseId')
  read(@Param('caseId', new ParseUUIDPipe()) caseId: string) {
    return { caseId };
  }

  @Post(':caseId/notes')
  @Roles('CLERK')
  note(@Param('caseId', new ParseUUIDPipe()) caseId: string, @Body() dto: NoteDto) {
    return { caseId, dto };
  }

  @Get()
  list(@Query() query: PageQuery) {
    return query;
  }

  @Public()
  @Post('lookup')
  lookup(@Body() dto: NoteDto) {
    return dto;
  }

  @Public()
  @SkipThrottle()
  @Get('public/ping')
  ping() {
    return 'pong';
  }

  @Post(':caseId/scans')
  @UseInterceptors(FileInterceptor('file'))
  scan(
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @UploadedFile() file: Express.Multer.File | undefined,
  ) {
    return { caseId, size: file?.size };
  }
}

async function documentOf(): Promise<OpenAPIObject> {
  const moduleRef = await Test.createTestingModule({ controllers: [CasesController] }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  const document = completeOpenApiDocument(
    app,
    SwaggerModule.createDocument(app, new DocumentBuilder().build()),
  );
  await app.close();
  return document;
}

const ERROR_BODY = {
  'application/json': { schema: { $ref: `#/components/schemas/${HTTP_ERROR_SCHEMA_NAME}` } },
};

describe('completeOpenApiDocument', () => {
  let document: OpenAPIObject;
  const operation = (path: string, method: 'get' | 'post') => document.paths[path]![method]!;

  beforeAll(async () => {
    document = await documentOf();
  });

  it('puts the bearer scheme on staff operations and none on public ones', () => {
    expect(document.components?.securitySchemes?.[BEARER_SCHEME]).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
    expect(operation('/cases/{caseId}', 'get').security).toEqual([{ [BEARER_SCHEME]: [] }]);
    expect(operation('/cases/lookup', 'post').security).toEqual([]);
    expect(document.security).toBeUndefined();
  });

  it('documents every status the guards, pipes and filters answer, with the one error body', () => {
    const statuses = (path: string, method: 'get' | 'post') =>
      Object.keys(operation(path, method).responses).sort();
    expect(statuses('/cases/{caseId}', 'get')).toEqual(['200', '400', '401', '403', '404']);
    expect(statuses('/cases/{caseId}/notes', 'post')).toEqual(
      ['201', '400', '401', '403', '404', '409', '422'].sort(),
    );
    expect(statuses('/cases/{caseId}/scans', 'post')).toContain('413');
    expect(statuses('/cases/lookup', 'post')).toEqual(['201', '400', '409', '422', '429']);
    expect(statuses('/cases/public/ping', 'get')).toEqual(['200']);
    expect(operation('/cases/{caseId}', 'get').responses['401']).toMatchObject({
      content: ERROR_BODY,
      headers: { 'WWW-Authenticate': expect.anything() },
    });
    expect(operation('/cases/lookup', 'post').responses['429']).toMatchObject({
      content: ERROR_BODY,
      headers: { 'Retry-After': expect.anything() },
    });
    expect(document.components?.schemas?.[HTTP_ERROR_SCHEMA_NAME]).toMatchObject({
      required: ['statusCode', 'message'],
    });
  });

  it('gives ids their uuid format and query parameters the bounds the validator checks', () => {
    expect(operation('/cases/{caseId}', 'get').parameters).toEqual([
      expect.objectContaining({
        in: 'path',
        name: 'caseId',
        required: true,
        schema: { type: 'string', format: 'uuid' },
      }),
    ]);
    const page = operation('/cases', 'get').parameters!.find(
      (p) => 'name' in p && p.name === 'page',
    );
    // page=1e300 is a whole number to Number.isInteger: only the bound makes it a 400.
    expect(page).toMatchObject({
      required: false,
      schema: { type: 'integer', minimum: 1, maximum: 1_000_000 },
    });
  });

  it('describes request bodies as class-validator checks them, unknown fields refused', () => {
    expect(document.components?.schemas?.['NoteDto']).toEqual({
      type: 'object',
      additionalProperties: false,
      required: ['text', 'state', 'countyCode'],
      properties: {
        text: {
          type: 'string',
          minLength: 1,
          maxLength: 200,
          pattern: NO_CONTROL_CHARACTERS_PATTERN,
        },
        priority: { type: 'integer', minimum: 1, maximum: 5 },
        state: { type: 'string', enum: ['OPEN', 'CLOSED'] },
        countyCode: expect.objectContaining({
          type: 'string',
          pattern: '^\\d{6}$',
          format: 'gb2260-county',
        }),
      },
    });
  });
});
