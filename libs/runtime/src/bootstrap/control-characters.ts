/** C0 controls and DEL, except tab, line feed and carriage return, which free text may hold. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Where a control character sits in a request: the field's dotted path and the character. */
export interface ControlCharacterFound {
  readonly path: string;
  readonly codePoint: string;
}

/**
 * Finds the first string anywhere in a parsed body, query or parameter that holds a control
 * character. No field of ours has a use for one, and PostgreSQL refuses U+0000 in text: caught
 * here, it is the applicant's error naming the field, not a server error after a failed query.
 */
export function findControlCharacter(value: unknown, path = ''): ControlCharacterFound | undefined {
  if (typeof value === 'string') {
    const found = CONTROL_CHARACTER.exec(value);
    if (!found) return undefined;
    const code = found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return { path: path || 'value', codePoint: `U+${code}` };
  }
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const itemPath = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    const found = findControlCharacter(key, itemPath) ?? findControlCharacter(item, itemPath);
    if (found) return found;
  }
  return undefined;
}
