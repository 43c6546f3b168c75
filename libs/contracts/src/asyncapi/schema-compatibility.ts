import { JsonSchema, SCHEMA_REF_PREFIX } from './payload-schemas';

/**
 * A schema with every `#/components/schemas/…` reference replaced by its target, so a published
 * version can be kept and compared on its own. Contract classes do not nest themselves.
 */
export function inlineSchema(
  schema: JsonSchema,
  components: Record<string, JsonSchema>,
  seen: string[] = [],
): JsonSchema {
  const ref = schema.$ref;
  if (typeof ref === 'string') {
    if (!ref.startsWith(SCHEMA_REF_PREFIX)) throw new Error(`cannot inline the reference ${ref}`);
    const name = ref.slice(SCHEMA_REF_PREFIX.length);
    if (seen.includes(name)) throw new Error(`schema ${name} nests itself`);
    const target = components[name];
    if (!target) throw new Error(`no schema ${name}`);
    return inlineSchema(target, components, [...seen, name]);
  }
  return Object.fromEntries(
    Object.entries(schema).map(([keyword, value]) => [
      keyword,
      inlineValue(value, components, seen),
    ]),
  );
}

function inlineValue(
  value: unknown,
  components: Record<string, JsonSchema>,
  seen: string[],
): unknown {
  if (Array.isArray(value)) return value.map((item) => inlineValue(item, components, seen));
  if (value !== null && typeof value === 'object')
    return inlineSchema(value as JsonSchema, components, seen);
  return value;
}

/** Lower bounds: raising one (or setting one that was absent) refuses what was valid. */
const LOWER_BOUNDS = ['minLength', 'minItems', 'minimum', 'exclusiveMinimum', 'minProperties'];
/** Upper bounds: lowering one (or setting one that was absent) refuses what was valid. */
const UPPER_BOUNDS = ['maxLength', 'maxItems', 'maximum', 'exclusiveMaximum', 'maxProperties'];
/** Keywords whose any change may refuse what was valid; JSON Schema gives no cheap containment. */
const EXACT = ['pattern', 'format', 'const', 'not', 'contentEncoding'];

/**
 * Why `current` is not a compatible successor of the `published` schema of one message version,
 * one line per field (`applicant.phone: …`); empty when compatible. Compatible means: every
 * message valid under `published` is still valid under `current` (a receiver on the new release
 * reads what senders of the old one send) and every field `published` requires is still
 * required (a receiver on the old release still gets what it needs). Additions — an optional
 * field, an enumeration value, a looser bound — are compatible.
 */
export function compatibilityBreaks(
  published: JsonSchema,
  current: JsonSchema,
  path = '',
): string[] {
  const at = path || '(message)';
  const breaks: string[] = [];
  const oldType = published.type;
  const newType = current.type;
  if (oldType !== newType && !(oldType === 'integer' && newType === 'number'))
    breaks.push(`${at}: type changed from ${String(oldType)} to ${String(newType)}`);
  for (const keyword of EXACT) {
    if (JSON.stringify(published[keyword]) !== JSON.stringify(current[keyword]))
      breaks.push(
        `${at}: ${keyword} changed from ${show(published[keyword])} to ${show(current[keyword])}`,
      );
  }
  for (const keyword of LOWER_BOUNDS) {
    const [before, after] = [published[keyword], current[keyword]] as (number | undefined)[];
    if (after !== undefined && (before === undefined || after > before))
      breaks.push(`${at}: ${keyword} tightened from ${show(before)} to ${after}`);
  }
  for (const keyword of UPPER_BOUNDS) {
    const [before, after] = [published[keyword], current[keyword]] as (number | undefined)[];
    if (after !== undefined && (before === undefined || after < before))
      breaks.push(`${at}: ${keyword} tightened from ${show(before)} to ${after}`);
  }
  if (current.uniqueItems === true && published.uniqueItems !== true)
    breaks.push(`${at}: uniqueItems newly required`);
  if (Array.isArray(current.enum)) {
    if (!Array.isArray(published.enum)) {
      breaks.push(`${at}: newly limited to ${current.enum.map(show).join(', ')}`);
    } else {
      const allowed = new Set(current.enum);
      const removed = published.enum.filter((value) => !allowed.has(value));
      if (removed.length > 0)
        breaks.push(`${at}: no longer accepts ${removed.map(show).join(', ')}`);
    }
  }
  const oldRequired = new Set(asStrings(published.required));
  const newRequired = new Set(asStrings(current.required));
  for (const field of oldRequired)
    if (!newRequired.has(field))
      breaks.push(`${join(path, field)}: required field no longer required`);
  for (const field of newRequired)
    if (!oldRequired.has(field)) breaks.push(`${join(path, field)}: new required field`);
  const oldProperties = (published.properties ?? {}) as Record<string, JsonSchema>;
  const newProperties = (current.properties ?? {}) as Record<string, JsonSchema>;
  const closed = current.additionalProperties === false;
  if (closed && published.additionalProperties !== false && published.type === 'object')
    breaks.push(`${at}: unknown fields newly refused`);
  for (const [field, schema] of Object.entries(oldProperties)) {
    const successor = newProperties[field];
    if (successor) breaks.push(...compatibilityBreaks(schema, successor, join(path, field)));
    else if (closed) breaks.push(`${join(path, field)}: field removed`);
  }
  if (isSchema(published.items) && isSchema(current.items))
    breaks.push(...compatibilityBreaks(published.items, current.items, `${path}[]`));
  else if (isSchema(current.items) && !isSchema(published.items))
    breaks.push(`${at}: items newly constrained`);
  return breaks;
}

function isSchema(value: unknown): value is JsonSchema {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

function join(path: string, field: string): string {
  return path ? `${path}.${field}` : field;
}

function show(value: unknown): string {
  return value === undefined ? 'none' : JSON.stringify(value);
}
