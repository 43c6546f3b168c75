import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { targetConstructorToSchema } from 'class-validator-jsonschema';
import type { ISchemaConverters } from 'class-validator-jsonschema/build/defaultConverters';
import { COUNTY_CODE_PATTERN } from '../vocabulary/county-code';
import { LOCAL_DATE_PATTERN } from '../vocabulary/local-date';

/** A class the schemas are made from. */
type ContractClass = abstract new (...args: never[]) => object;

/** A JSON Schema (draft 7, the dialect AsyncAPI 3.0 defaults to) as plain data. */
export type JsonSchema = { [keyword: string]: unknown };

/** Where the document keeps named schemas; nested classes are referenced there. */
export const SCHEMA_REF_PREFIX = '#/components/schemas/';

/**
 * The domain rules (domain-validators.ts) as far as JSON Schema can say them: the shape, and
 * in words what only the receiver's domain check decides (a region that exists, a real date).
 */
export const DOMAIN_RULE_CONVERTERS: ISchemaConverters = {
  isCountyCode: {
    type: 'string',
    pattern: COUNTY_CODE_PATTERN.source,
    description: 'A county-level division code of GB/T 2260 that exists.',
  },
  isLocalDate: {
    type: 'string',
    pattern: LOCAL_DATE_PATTERN.source,
    description: 'A calendar date in China (UTC+8), YYYY-MM-DD, that exists.',
  },
  isResidentIdNumber: {
    type: 'string',
    pattern: '^\\d{17}[\\dXx]$',
    description:
      'An 18-character resident ID number (GB 11643-1999): known region, real birth date not in the future, ISO 7064 MOD 11-2 check character.',
  },
  isCertificateNumber: {
    type: 'string',
    pattern: '^\\d{17}[\\dX][1-7][1-4](B[1-9]\\d*)?$',
    description:
      'A disability certificate number: the resident ID number, the category digit (1–7), the level digit (1–4), and B1, B2 … after each reissue for loss (R22).',
  },
  isClaimedCategories: {
    type: 'array',
    minItems: 1,
    uniqueItems: true,
    items: {
      type: 'string',
      enum: ['VISION', 'HEARING', 'SPEECH', 'PHYSICAL', 'INTELLECTUAL', 'MENTAL', 'MULTIPLE'],
    },
    description:
      'R5: the categories claimed; MULTIPLE only together with the two or more categories it is made of.',
  },
};

/**
 * The JSON Schema of a class-validator class and of every class it nests, by class name.
 * Unknown fields are refused (`additionalProperties: false`) because receivers validate with
 * `forbidNonWhitelisted`; a field under `@ValidateIf` is optional here, its condition being
 * beyond JSON Schema. Throws if two different classes share a name, since both would be
 * referenced by it. `converters` replace the schemas of named rules (the OpenAPI documents add
 * formats to the domain rules, say).
 */
export function classSchemas(
  roots: (new () => object)[],
  converters: ISchemaConverters = {},
): Map<string, JsonSchema> {
  const schemas = new Map<string, JsonSchema>();
  const classes = new Map<string, ContractClass>();
  const visit = (target: ContractClass) => {
    const known = classes.get(target.name);
    if (known === target) return;
    if (known) throw new Error(`two contract classes are named ${target.name}`);
    classes.set(target.name, target);
    const schema = targetConstructorToSchema(target, {
      classTransformerMetadataStorage: defaultMetadataStorage,
      refPointerPrefix: SCHEMA_REF_PREFIX,
      additionalConverters: { ...DOMAIN_RULE_CONVERTERS, ...converters },
    }) as JsonSchema;
    schemas.set(target.name, { ...schema, additionalProperties: false });
    nestedClasses(target).forEach(visit);
  };
  roots.forEach(visit);
  return new Map([...schemas].sort(([a], [b]) => a.localeCompare(b)));
}

/** The classes a class validates nested (`@ValidateNested` with `@Type`), own and inherited. */
function nestedClasses(target: ContractClass): ContractClass[] {
  const metadatas: ValidationMetadata[] = getMetadataStorage().getTargetValidationMetadatas(
    target,
    '',
    true,
    false,
  );
  return metadatas
    .filter((meta) => meta.type === ValidationTypes.NESTED_VALIDATION)
    .map((meta) => {
      const type = defaultMetadataStorage.findTypeMetadata(target, meta.propertyName);
      if (!type)
        throw new Error(`${target.name}.${meta.propertyName} is nested without @Type(() => …)`);
      return type.typeFunction() as ContractClass;
    });
}
