import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AsyncApiDocument } from './asyncapi-document';
import type { JsonSchema } from './payload-schemas';
import { compatibilityBreaks, inlineSchema } from './schema-compatibility';

/**
 * Where each published message version's schema is kept, one file per version, from the
 * repository root: the baseline later releases are checked against (R34).
 */
export const PUBLISHED_VERSIONS_DIR = 'docs/exchange/published';

interface DocumentMessage {
  name: string;
  payload: JsonSchema;
  'x-tongban-scope': string;
}

/**
 * Each message version a document publishes to other deployments (`<type>.v<N>`, county and
 * national topics) with its envelope schema, self-contained. Node topics stay inside one node,
 * whose services are upgraded together, so their versions are not held to compatibility.
 */
export function messageVersions(document: AsyncApiDocument): Map<string, JsonSchema> {
  const components = document.components as {
    messages: Record<string, DocumentMessage>;
    schemas: Record<string, JsonSchema>;
  };
  return new Map(
    Object.values(components.messages)
      .filter((message) => message['x-tongban-scope'] !== 'node')
      .map((message) => [message.name, inlineSchema(message.payload, components.schemas)]),
  );
}

/** The published versions kept under `dir`, by name. */
export function readPublishedVersions(dir: string): Map<string, JsonSchema> {
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .map((file) => [
        file.slice(0, -'.json'.length),
        JSON.parse(readFileSync(join(dir, file), 'utf8')) as JsonSchema,
      ]),
  );
}

/** Writes one published version's schema (formatting is the caller's: `format`). */
export function writePublishedVersion(
  dir: string,
  name: string,
  schema: JsonSchema,
  format: (json: string) => string = (json) => json,
): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), format(JSON.stringify(schema, null, 2) + '\n'));
}

/**
 * What keeps `current` from being a compatible release of the published versions, one line per
 * topic version and field: a published version changed incompatibly, dropped from the
 * catalogue, or a current version never published.
 */
export function publishedVersionProblems(
  published: Map<string, JsonSchema>,
  current: Map<string, JsonSchema>,
): string[] {
  const problems: string[] = [];
  for (const [name, schema] of published) {
    const successor = current.get(name);
    if (!successor) {
      problems.push(`${versionLabel(name)}: published, but no longer in the catalogue`);
      continue;
    }
    for (const line of compatibilityBreaks(schema, successor))
      problems.push(`${versionLabel(name)}: ${line}`);
  }
  for (const name of current.keys())
    if (!published.has(name))
      problems.push(`${versionLabel(name)}: not published yet (npm run asyncapi:generate)`);
  return problems;
}

/** `exchange.case.handed-over.v2` → `exchange.case.handed-over v2`. */
function versionLabel(name: string): string {
  return name.replace(/\.v(\d+)$/, ' v$1');
}
