import {
  type INestApplication,
  ParseUUIDPipe,
  type PipeTransform,
  type Type,
} from '@nestjs/common';
import { METHOD_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer, Reflector } from '@nestjs/core';
import type {
  OpenAPIObject,
  OperationObject,
  ParameterObject,
  ResponseObject,
  SchemaObject,
} from '@nestjs/swagger';
import { THROTTLER_SKIP } from '@nestjs/throttler/dist/throttler.constants';
import { IS_PUBLIC_KEY } from '@tongban/auth';
import { classSchemas, DOMAIN_RULE_CONVERTERS, type JsonSchema } from '@tongban/contracts';
import { ERROR_DESCRIPTIONS, HTTP_ERROR_SCHEMA, HTTP_ERROR_SCHEMA_NAME } from './http-error.schema';

/** The name of the staff token's security scheme. */
export const BEARER_SCHEME = 'bearer';

/**
 * Formats naming the domain rules whose full check JSON Schema cannot say (a check character,
 * a region that exists): the pattern gives the shape, the format names the rule, so a client
 * (or the API fuzzer, tools/fuzzing/hooks.py) knows what a valid value is.
 */
export const DOMAIN_FORMATS = {
  isResidentIdNumber: 'cn-resident-id',
  isCountyCode: 'gb2260-county',
  isCertificateNumber: 'cn-disability-certificate-number',
  isLocalDate: 'date',
} as const;

const CLAIMED_CATEGORIES = DOMAIN_RULE_CONVERTERS['isClaimedCategories'] as JsonSchema;
const SINGLE_CATEGORIES = ((CLAIMED_CATEGORIES['items'] as JsonSchema)['enum'] as string[]).filter(
  (category) => category !== 'MULTIPLE',
);

const CONVERTERS = {
  ...Object.fromEntries(
    Object.entries(DOMAIN_FORMATS).map(([rule, format]) => [
      rule,
      { ...(DOMAIN_RULE_CONVERTERS[rule] as JsonSchema), format },
    ]),
  ),
  // R5 as OpenAPI 3.0 can say it: single categories only, or MULTIPLE with two or more others.
  isClaimedCategories: {
    ...CLAIMED_CATEGORIES,
    anyOf: [{ items: { enum: SINGLE_CATEGORIES } }, { minItems: 3 }],
  },
};

/**
 * A pipe that checks a path parameter itself says what it accepts, as a static
 * `openApiSchema` the document then carries (CertificateNumberPipe, say).
 */
export interface DocumentedPipe {
  readonly openApiSchema: SchemaObject;
}

/**
 * Text no request may carry (the validation pipe refuses C0 controls but tab, line feed and
 * carriage return, and DEL; control-characters.ts): said once on every free-text string.
 */
export const NO_CONTROL_CHARACTERS_PATTERN =
  '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*$';

type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch' | 'head' | 'options';
const HTTP_METHODS: HttpMethod[] = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

interface RouteArgument {
  type: RouteParamtypes;
  data?: string;
  pipes: unknown[];
  metatype?: Type<unknown>;
}

/** What the guards, pipes and decorators of one handler say it can answer. */
interface HandlerFacts {
  isPublic: boolean;
  throttled: boolean;
  arguments: RouteArgument[];
}

/**
 * Completes the document @nestjs/swagger built from the decorators with what the runtime
 * enforces, read from the same metadata the guards and pipes read (one place for every
 * service, not a decorator per handler):
 * - security: the staff bearer token on every operation but the `@Public()` ones (`security: []`);
 * - errors, each with the {@link HTTP_ERROR_SCHEMA} body: 400 wherever the validation pipe
 *   runs, 401/403 from the staff guard, 404 for a path naming a thing, 409/422 from the domain
 *   rules of writes, 413 for uploads, 429 on rate-limited public routes;
 * - parameters and request bodies as class-validator checks them (types, bounds, patterns,
 *   enums, `format: uuid` where ParseUUIDPipe or IsUUID checks), unknown body fields refused.
 */
export function completeOpenApiDocument(
  app: INestApplication,
  document: OpenAPIObject,
): OpenAPIObject {
  const handlers = handlerFacts(app);
  const components = (document.components ??= {});
  components.schemas ??= {};
  components.schemas[HTTP_ERROR_SCHEMA_NAME] = HTTP_ERROR_SCHEMA;
  components.securitySchemes = {
    [BEARER_SCHEME]: {
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description:
        'A staff token naming the staff member, role and county (tools/auth/issue-staff-token.ts)',
    },
  };
  // Each operation says its own (below): a document-wide default would hide a forgotten one.
  delete document.security;
  const bodyClasses = new Set<Type<unknown>>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const facts = handlers.get(operation.operationId ?? '');
      if (!facts) throw new Error(`OpenAPI: no handler found for ${operation.operationId}`);
      completeOperation(operation, method, path, facts);
      for (const argument of facts.arguments) {
        if (argument.type === RouteParamtypes.BODY && isDtoClass(argument.metatype))
          bodyClasses.add(argument.metatype);
      }
    }
  }
  const schemas = classSchemas([...bodyClasses] as (new () => object)[], CONVERTERS);
  for (const [name, schema] of schemas) {
    const documented = components.schemas[name];
    components.schemas[name] = withoutControlCharacters(
      documented
        ? mergeSchema(documented as SchemaObject, schema)
        : (toOpenApi(schema) as SchemaObject),
    );
  }
  return document;
}

function completeOperation(
  operation: OperationObject,
  method: HttpMethod,
  path: string,
  facts: HandlerFacts,
): void {
  const needsOwnToken = (operation.parameters ?? []).some(
    (p) => 'in' in p && p.in === 'header' && p.required === true,
  );
  operation.security = facts.isPublic ? [] : [{ [BEARER_SCHEME]: [] }];
  const statuses = new Set<number>();
  const validated = facts.arguments.some((a) =>
    [RouteParamtypes.BODY, RouteParamtypes.QUERY, RouteParamtypes.PARAM].includes(a.type),
  );
  if (validated || needsOwnToken) statuses.add(400);
  if (!facts.isPublic) statuses.add(401).add(403);
  if (needsOwnToken) statuses.add(401);
  if (path.includes('{')) statuses.add(404);
  if (method !== 'get' && validated) statuses.add(409).add(422);
  if (facts.arguments.some((a) => a.type === RouteParamtypes.FILE)) statuses.add(413);
  if (facts.isPublic && facts.throttled) statuses.add(429);

  const responses = operation.responses;
  for (const status of statuses) {
    responses[status] ??= { description: ERROR_DESCRIPTIONS[status]! };
  }
  for (const [status, response] of Object.entries(responses)) {
    if (Number(status) < 400 || response === undefined || '$ref' in response) continue;
    const withBody = response as ResponseObject;
    // Errors are JSON whatever the operation produces when it succeeds (a PDF, a photo).
    withBody.content = {
      'application/json': { schema: { $ref: `#/components/schemas/${HTTP_ERROR_SCHEMA_NAME}` } },
    };
    if (status === '401') {
      withBody.headers ??= {
        'WWW-Authenticate': { description: 'RFC 6750 challenge', schema: { type: 'string' } },
      };
    }
    if (status === '429') {
      withBody.headers ??= {
        'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } },
      };
    }
  }

  for (const argument of facts.arguments) {
    if (argument.type === RouteParamtypes.PARAM && argument.data !== undefined) {
      if (argument.pipes.some((pipe) => pipe instanceof ParseUUIDPipe))
        constrain(operation, 'path', argument.data, { type: 'string', format: 'uuid' }, true);
      for (const pipe of argument.pipes) {
        const documented = (typeof pipe === 'function' ? pipe : (pipe as object).constructor) as
          Partial<DocumentedPipe> | undefined;
        if (documented?.openApiSchema)
          constrain(operation, 'path', argument.data, { ...documented.openApiSchema }, true);
      }
    }
    if (
      (argument.type === RouteParamtypes.QUERY || argument.type === RouteParamtypes.PARAM) &&
      argument.data === undefined &&
      isDtoClass(argument.metatype)
    ) {
      const where = argument.type === RouteParamtypes.QUERY ? 'query' : 'path';
      const schema = classSchemas([argument.metatype as new () => object], CONVERTERS).get(
        argument.metatype.name,
      )!;
      const required = new Set((schema['required'] as string[] | undefined) ?? []);
      const properties = (schema['properties'] ?? {}) as Record<string, JsonSchema>;
      for (const [name, property] of Object.entries(properties))
        constrain(operation, where, name, property, where === 'path' || required.has(name));
    }
  }
}

/** Replaces a parameter's schema with what the validator checks, keeping its description. */
function constrain(
  operation: OperationObject,
  where: 'query' | 'path',
  name: string,
  schema: JsonSchema,
  required: boolean,
): void {
  let parameter = (operation.parameters ?? []).find(
    (p): p is ParameterObject => 'in' in p && p.in === where && p.name === name,
  );
  if (!parameter) {
    // Validated but never decorated for swagger: documented all the same.
    parameter = { in: where, name };
    (operation.parameters ??= []).push(parameter);
  }
  parameter.schema = withoutControlCharacters(
    mergeSchema((parameter.schema ?? {}) as SchemaObject, schema),
  );
  parameter.required = required;
}

/**
 * The validator's schema in place of the documented one: with `forbidNonWhitelisted` a field
 * without a rule is refused, so what the validator says is the whole truth. The documented
 * words (description, example, default) stay, on the schema and on each of its properties.
 */
function mergeSchema(documented: SchemaObject, validated: JsonSchema): SchemaObject {
  const converted = toOpenApi(validated) as SchemaObject & { $ref?: string };
  if (converted.$ref !== undefined) return converted;
  const merged: SchemaObject = { ...wordsOf(documented), ...converted };
  if (documented.properties && converted.properties) {
    merged.properties = {};
    for (const [name, property] of Object.entries(converted.properties)) {
      const before = documented.properties[name];
      merged.properties[name] =
        before && !('$ref' in before) && !('$ref' in property)
          ? { ...wordsOf(before), ...property }
          : property;
    }
  }
  return merged;
}

/** A documented schema's words (description, example, default) without its structure. */
function wordsOf(schema: SchemaObject): SchemaObject {
  const { description, example, default: fallback } = schema;
  return {
    ...(description !== undefined ? { description } : {}),
    ...(example !== undefined ? { example } : {}),
    ...(fallback !== undefined ? { default: fallback } : {}),
  };
}

/** Free text (a string with no pattern, format or enum), here and nested, refuses controls. */
function withoutControlCharacters(schema: SchemaObject): SchemaObject {
  const free =
    schema.type === 'string' &&
    schema.pattern === undefined &&
    schema.format === undefined &&
    schema.enum === undefined;
  const out: SchemaObject = free
    ? { ...schema, pattern: NO_CONTROL_CHARACTERS_PATTERN }
    : { ...schema };
  if (out.properties) {
    out.properties = Object.fromEntries(
      Object.entries(out.properties).map(([name, property]) => [
        name,
        '$ref' in property ? property : withoutControlCharacters(property),
      ]),
    );
  }
  if (out.items && !('$ref' in out.items)) out.items = withoutControlCharacters(out.items);
  return out;
}

/**
 * Draft-7 JSON Schema from class-validator-jsonschema as OpenAPI 3.0 says it: `const` as a
 * one-value enum, recursively.
 */
function toOpenApi(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toOpenApi);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'const') out['enum'] = [value];
    else if (key === 'properties' || key === 'definitions')
      out[key] = Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toOpenApi(v)]),
      );
    else out[key] = toOpenApi(value);
  }
  return out;
}

function isDtoClass(metatype: Type<unknown> | undefined): metatype is Type<unknown> {
  return (
    typeof metatype === 'function' &&
    ![String, Number, Boolean, Object, Array].includes(metatype as never)
  );
}

/** Every route handler of the app by its operation id (`Controller_method`, swagger's default). */
function handlerFacts(app: INestApplication): Map<string, HandlerFacts> {
  const reflector = app.get(Reflector);
  const found = new Map<string, HandlerFacts>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type<unknown> | null;
      if (!controller) continue;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (typeof handler !== 'function' || name === 'constructor') continue;
        if (Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
        const targets = [handler, controller];
        const skipped = targets.some(
          (target) => Reflect.getMetadata(`${THROTTLER_SKIP}default`, target) === true,
        );
        found.set(`${controller.name}_${name}`, {
          isPublic:
            reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC_KEY, targets) ?? false,
          throttled: !skipped,
          arguments: routeArguments(controller, name),
        });
      }
    }
  }
  return found;
}

function routeArguments(controller: Type<unknown>, method: string): RouteArgument[] {
  const declared = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<
    string,
    { index: number; data?: unknown; pipes?: (PipeTransform | Type<PipeTransform>)[] }
  >;
  const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, method) ??
    []) as Type<unknown>[];
  return Object.entries(declared).map(([key, argument]) => ({
    type: Number(key.split(':')[0]) as RouteParamtypes,
    data: typeof argument.data === 'string' ? argument.data : undefined,
    pipes: argument.pipes ?? [],
    metatype: types[argument.index],
  }));
}
