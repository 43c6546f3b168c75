import type { HandoverEvent } from './handed-over-package';

/** A hand-over this county will not register; the message names the field, never the applicant. */
export class HandoverRefusedError extends Error {
  override readonly name = 'HandoverRefusedError';
}

/**
 * Why a signed, valid hand-over is still not one this county may take, or undefined. The
 * transport proved who signed it; these checks make sure it says what the signature implies.
 */
export function handoverRefusal(
  event: HandoverEvent,
  servedCounties: readonly string[],
): string | undefined {
  const { payload } = event;
  if (!servedCounties.includes(payload.hukouCountyCode)) {
    return `payload.hukouCountyCode: county ${payload.hukouCountyCode} is not served by this node; only the hukou county approves (R11)`;
  }
  if (event.destinationCounty !== payload.hukouCountyCode) {
    return `destinationCounty: the envelope is addressed to ${event.destinationCounty} but names hukou county ${payload.hukouCountyCode}`;
  }
  if (event.sourceCounty !== payload.residenceCountyCode) {
    return `sourceCounty: county ${event.sourceCounty} sent a case of residence county ${payload.residenceCountyCode}; only the accepting county hands it over (R3)`;
  }
  if (event.caseId !== payload.applicationId) {
    return `caseId: the envelope's case ${event.caseId} is not application ${payload.applicationId}`;
  }
  return undefined;
}
