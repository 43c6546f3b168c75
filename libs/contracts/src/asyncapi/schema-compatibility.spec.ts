import { exchangeAsyncApiDocument } from './asyncapi-document';
import type { JsonSchema } from './payload-schemas';
import { messageVersions, publishedVersionProblems } from './published-versions';
import { compatibilityBreaks, inlineSchema } from './schema-compatibility';

const published: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'kind', 'name'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    kind: { type: 'string', enum: ['NEW', 'RENEWAL'] },
    name: { type: 'string', minLength: 1, maxLength: 50 },
    note: { type: 'string' },
    levels: { type: 'array', items: { type: 'integer', minimum: 1 } },
  },
};

/** The published schema with one change applied to a copy. */
function changed(
  change: (schema: JsonSchema & { properties: Record<string, JsonSchema> }) => void,
) {
  const copy = structuredClone(published) as JsonSchema & {
    properties: Record<string, JsonSchema>;
  };
  change(copy);
  return copy;
}

describe('compatibilityBreaks: a published version may only grow compatibly', () => {
  it('accepts the same schema and compatible additions', () => {
    expect(compatibilityBreaks(published, published)).toEqual([]);
    const grown = changed((s) => {
      s.properties.email = { type: 'string', format: 'email' }; // optional field
      s.properties.kind!.enum = ['NEW', 'RENEWAL', 'MIGRATION']; // widened enumeration
      s.properties.name!.maxLength = 100; // looser bound
      s.properties.levels!.items = { type: 'number', minimum: 0 }; // wider type and bound
    });
    expect(compatibilityBreaks(published, grown)).toEqual([]);
  });

  it.each([
    [
      'a required field removed',
      (s: JsonSchema & { properties: Record<string, JsonSchema> }) => {
        delete s.properties.name;
        s.required = ['id', 'kind'];
      },
      ['name: required field no longer required', 'name: field removed'],
    ],
    [
      'a required field made optional',
      (s: JsonSchema) => (s.required = ['id', 'kind']),
      ['name: required field no longer required'],
    ],
    [
      'a new required field',
      (s: JsonSchema & { properties: Record<string, JsonSchema> }) => {
        s.properties.phone = { type: 'string' };
        s.required = ['id', 'kind', 'name', 'phone'];
      },
      ['phone: new required field'],
    ],
    [
      'a type changed',
      (s: JsonSchema & { properties: Record<string, JsonSchema> }) => {
        s.properties.name = { type: 'integer' };
      },
      ['name: type changed from string to integer'],
    ],
    [
      'an enumeration tightened',
      (s: JsonSchema & { properties: Record<string, JsonSchema> }) => {
        s.properties.kind!.enum = ['NEW'];
      },
      ['kind: no longer accepts "RENEWAL"'],
    ],
    [
      'an optional field removed (receivers refuse unknown fields)',
      (s: JsonSchema & { properties: Record<string, JsonSchema> }) => {
        delete s.properties.note;
      },
      ['note: field removed'],
    ],
    [
      'a bound tightened in an array item',
      (s: JsonSchema & { properties: Record<string, JsonSchema> }) => {
        s.properties.levels!.items = { type: 'integer', minimum: 2 };
      },
      ['levels[]: minimum tightened from 1 to 2'],
    ],
    [
      'a pattern added',
      (s: JsonSchema & { properties: Record<string, JsonSchema> }) => {
        s.properties.note!.pattern = '^\\d+$';
      },
      ['note: pattern changed from none to "^\\\\d+$"'],
    ],
  ])('refuses %s, naming the field', (_, change, expected) => {
    expect(compatibilityBreaks(published, changed(change))).toEqual(expected);
  });
});

describe('publishedVersionProblems on the real catalogue', () => {
  const current = messageVersions(exchangeAsyncApiDocument());

  it('names topic, version and field of an incompatible change', () => {
    const before = structuredClone(current);
    const handedOver = before.get('exchange.case.handed-over.v2')!;
    // As if v2 had been published with the applicant's email required: today's is optional.
    const applicant = (handedOver.properties as Record<string, JsonSchema>).payload!
      .properties as Record<string, JsonSchema>;
    applicant.applicant!.required = [...(applicant.applicant!.required as string[]), 'email'];
    expect(publishedVersionProblems(before, current)).toEqual([
      'exchange.case.handed-over v2: payload.applicant.email: required field no longer required',
    ]);
  });

  it('reports a version never published, and a published one dropped from the catalogue', () => {
    const before = new Map(current);
    before.delete('monitor.reads.counted.v1');
    before.set('exchange.case.retired.v1', { type: 'object' });
    expect(publishedVersionProblems(before, current)).toEqual([
      'exchange.case.retired v1: published, but no longer in the catalogue',
      'monitor.reads.counted v1: not published yet (npm run asyncapi:generate)',
    ]);
  });
});

describe('inlineSchema', () => {
  it('replaces component references by their schemas and refuses a schema nesting itself', () => {
    const components = {
      A: { type: 'object', properties: { b: { $ref: '#/components/schemas/B' } } },
      B: { type: 'string' },
    };
    expect(inlineSchema({ $ref: '#/components/schemas/A' }, components)).toEqual({
      type: 'object',
      properties: { b: { type: 'string' } },
    });
    expect(() =>
      inlineSchema(
        { $ref: '#/components/schemas/L' },
        { L: { items: { $ref: '#/components/schemas/L' } } },
      ),
    ).toThrow('schema L nests itself');
  });
});
