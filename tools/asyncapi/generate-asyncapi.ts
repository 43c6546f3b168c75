// Writes the public exchange contract (R34) from the topic catalogue and the contract classes:
// docs/exchange/asyncapi.json, and the schema of each message version under
// docs/exchange/published/ — a new version is published, a published one is updated only when
// the change is compatible. An incompatible change writes nothing and exits 1: it needs a new
// version. Usage: npm run asyncapi:generate
import 'reflect-metadata';
import {
  ASYNCAPI_DOCUMENT_PATH,
  compatibilityBreaks,
  exchangeAsyncApiDocument,
  messageVersions,
  PUBLISHED_VERSIONS_DIR,
  readPublishedVersions,
  writePublishedVersion,
} from '@tongban/contracts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { format, resolveConfig } from 'prettier';

const root = join(__dirname, '../..');

async function main(): Promise<void> {
  const document = exchangeAsyncApiDocument();
  const documentPath = join(root, ASYNCAPI_DOCUMENT_PATH);
  const prettier = { ...(await resolveConfig(documentPath)), parser: 'json' };
  const pretty = (json: string) => format(json, prettier);

  const publishedDir = join(root, PUBLISHED_VERSIONS_DIR);
  const published = readPublishedVersions(publishedDir);
  const current = messageVersions(document);
  const breaks = [...current].flatMap(([name, schema]) => {
    const before = published.get(name);
    return before ? compatibilityBreaks(before, schema).map((line) => `${name}: ${line}`) : [];
  });
  if (breaks.length > 0) {
    console.error(
      `incompatible changes to published versions (publish a new version instead):\n${breaks.join('\n')}`,
    );
    process.exit(1);
  }

  mkdirSync(dirname(documentPath), { recursive: true });
  writeFileSync(documentPath, await pretty(JSON.stringify(document)));
  for (const [name, schema] of current) {
    const before = published.get(name);
    if (before && JSON.stringify(before) === JSON.stringify(schema)) continue;
    const formatted = await pretty(JSON.stringify(schema));
    writePublishedVersion(publishedDir, name, schema, () => formatted);
    console.info(`${before ? 'updated (compatible)' : 'published'} ${name}`);
  }
  for (const name of published.keys())
    if (!current.has(name))
      console.warn(
        `${name} is published but no longer in the catalogue: retiring it is a decision; delete its file deliberately`,
      );
  console.info(
    `wrote ${ASYNCAPI_DOCUMENT_PATH}; ${current.size} versions published to other deployments`,
  );
}

void main();
