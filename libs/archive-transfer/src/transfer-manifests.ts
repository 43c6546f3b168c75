import { TRANSFER_PROFILE, TransferManifest, TransferManifestFile } from '@tongban/contracts';
import type { CountySignatures } from '@tongban/messaging';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { signatureProblem, SignedText, signText, textSha256 } from './signed-text';

export type ManifestDraft = Omit<TransferManifest, 'profile' | 'payloadOxum'>;

/** The manifest of a package, its Payload-Oxum computed from its files. */
export function buildManifest(draft: ManifestDraft): TransferManifest {
  const bytes = draft.files.reduce((sum, file) => sum + file.size, 0);
  return {
    profile: TRANSFER_PROFILE,
    ...draft,
    payloadOxum: `${bytes}.${draft.files.length}`,
  };
}

/** The manifest as the sending county signs and sends it. */
export function sealManifest(manifest: TransferManifest, signatures: CountySignatures): SignedText {
  return signText(JSON.stringify(manifest), manifest.sourceCounty, signatures);
}

export type OpenedManifest =
  | { ok: true; manifest: TransferManifest; sha256: string }
  | { ok: false; problem: string; sha256: string };

/**
 * A received manifest, once its signature, its schema and its completeness check hold: signed
 * by a trusted county that is its source, addressed to us, every path once, Payload-Oxum right.
 */
export function openManifest(
  signed: SignedText,
  signatures: CountySignatures,
  ourCounties: readonly string[],
): OpenedManifest {
  const sha256 = textSha256(signed.text);
  const refused = (problem: string): OpenedManifest => ({ ok: false, problem, sha256 });
  const signature = signatureProblem(signed, signatures);
  if (signature) return refused(`signature: ${signature}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(signed.text);
  } catch {
    return refused('manifest: not JSON');
  }
  const manifest = plainToInstance(TransferManifest, parsed);
  const errors = validateSync(manifest, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) return refused(`manifest: ${describe(errors).join('; ')}`);
  if (manifest.sourceCounty !== signed.signerCounty)
    return refused(
      `manifest: signed by county ${signed.signerCounty}, not its source ${manifest.sourceCounty}`,
    );
  if (!ourCounties.includes(manifest.destinationCounty))
    return refused(`manifest: addressed to county ${manifest.destinationCounty}, not to us`);
  const paths = new Set(manifest.files.map((file) => file.path));
  if (paths.size !== manifest.files.length) return refused('manifest: a path is listed twice');
  const expected = buildManifest(manifest).payloadOxum;
  if (manifest.payloadOxum !== expected)
    return refused(
      `manifest: Payload-Oxum ${manifest.payloadOxum} does not match its files (${expected})`,
    );
  return { ok: true, manifest, sha256 };
}

function describe(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((error) => {
    const path = `${prefix}${error.property}`;
    return [
      ...Object.values(error.constraints ?? {}).map((message) => `${path}: ${message}`),
      ...describe(error.children ?? [], `${path}.`),
    ];
  });
}

export type { TransferManifestFile };
