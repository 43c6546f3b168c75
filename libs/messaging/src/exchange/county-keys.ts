import { KeyObject } from 'node:crypto';
import { publicKeyFromBase64 } from './key-registry/key-thumbprint';

/**
 * Public keys by county from a `county=base64 SPKI DER` list, comma-separated: how a node's
 * configuration names the keys of the counties it trusts or encrypts to.
 */
export function parseCountyKeys(list: string | undefined): Map<string, KeyObject> {
  const keys = new Map<string, KeyObject>();
  for (const pair of (list ?? '').split(',').filter(Boolean)) {
    const [county, key] = pair.split('=') as [string, string];
    keys.set(county, publicKeyFromBase64(key));
  }
  return keys;
}
