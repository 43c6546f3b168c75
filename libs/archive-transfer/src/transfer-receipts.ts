import { FileReceipt, FileRefusal, TRANSFER_PROFILE, TransferReceipt } from '@tongban/contracts';
import type { CountySignatures } from '@tongban/messaging';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { signatureProblem, SignedText, signText } from './signed-text';

export interface ReceiptDraft {
  transferId: string;
  manifestSha256: string;
  answeredAt: string;
  received: FileReceipt[];
  refused: FileRefusal[];
  manifestProblem?: string;
}

/** The receiver's answer: ACCEPTED only when every file arrived intact and the manifest held. */
export function buildReceipt(draft: ReceiptDraft): TransferReceipt {
  const manifestProblem = draft.manifestProblem ?? '';
  return {
    profile: TRANSFER_PROFILE,
    transferId: draft.transferId,
    manifestSha256: draft.manifestSha256,
    status: draft.refused.length === 0 && manifestProblem === '' ? 'ACCEPTED' : 'REFUSED',
    answeredAt: draft.answeredAt,
    received: draft.received,
    refused: draft.refused,
    manifestProblem: manifestProblem.slice(0, 500),
  };
}

/** The receipt signed by the receiving county. */
export function sealReceipt(
  receipt: TransferReceipt,
  county: string,
  signatures: CountySignatures,
): SignedText {
  return signText(JSON.stringify(receipt), county, signatures);
}

export type OpenedReceipt = { ok: true; receipt: TransferReceipt } | { ok: false; problem: string };

/** A receipt the sender can record: signed by the county it sent the package to. */
export function openReceipt(
  signed: SignedText,
  signatures: CountySignatures,
  expectedCounty: string,
): OpenedReceipt {
  if (signed.signerCounty !== expectedCounty)
    return { ok: false, problem: `signed by county ${signed.signerCounty}, not ${expectedCounty}` };
  const signature = signatureProblem(signed, signatures);
  if (signature) return { ok: false, problem: `signature: ${signature}` };
  try {
    const receipt = plainToInstance(TransferReceipt, JSON.parse(signed.text));
    const errors = validateSync(receipt, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0)
      return { ok: false, problem: `receipt: ${errors.map(String).join('; ')}` };
    return { ok: true, receipt };
  } catch {
    return { ok: false, problem: 'receipt: not JSON' };
  }
}
