const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** Values for a template's placeholders, by name. */
export type TemplateValues = Readonly<Record<string, string>>;

/** A template was rendered without a value for some of its placeholders. */
export class TemplateValueMissingError extends Error {
  constructor(readonly placeholders: string[]) {
    super(`template placeholders without a value: ${placeholders.join(', ')}`);
    this.name = 'TemplateValueMissingError';
  }
}

/** The distinct placeholder names of a template body, in order of appearance. */
export function placeholdersOf(body: string): string[] {
  return [...new Set([...body.matchAll(PLACEHOLDER)].map((match) => match[1]!))];
}

/**
 * Fills every placeholder. A blank value, or one that reads "undefined" or "null", counts as
 * missing: the applicant must never receive a notice with a hole in it.
 */
export function fillTemplate(body: string, values: TemplateValues): string {
  const missing = placeholdersOf(body).filter((name) => !isFilled(values[name]));
  if (missing.length > 0) throw new TemplateValueMissingError(missing);
  return body.replace(PLACEHOLDER, (_match, name: string) => values[name]!);
}

function isFilled(value: string | undefined): value is string {
  return (
    typeof value === 'string' && value.trim() !== '' && !/^(undefined|null)$/i.test(value.trim())
  );
}
