import type { DataKey, FieldKeyRing } from './field-key-ring';

/**
 * The key ring of this process. Column transformers are created by decorators, before any
 * configuration exists, so they find the keys here; a process runs one node, and its
 * persistence module installs the node's ring before the DataSource opens.
 */
let installed: FieldKeyRing | undefined;

/**
 * Makes `ring` the one writes use. Keys an earlier ring held stay readable in this process:
 * a node restarted in-process with a rotated ring still opens what it wrote before.
 */
export function installFieldKeyRing(ring: FieldKeyRing): void {
  const known = new Map<string, DataKey>((installed?.keys ?? []).map((k) => [k.id, k]));
  for (const key of ring.keys) known.set(key.id, key);
  const older = [...known.values()].filter((k) => k.id !== ring.current.id);
  installed = { ...ring, keys: [ring.current, ...older] };
}

export function installedFieldKeyRing(): FieldKeyRing {
  if (!installed)
    throw new Error(
      'personal fields cannot be read or written before the node installs its DATA_ENCRYPTION_KEYS',
    );
  return installed;
}
