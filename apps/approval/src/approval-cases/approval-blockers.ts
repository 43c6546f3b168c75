import {
  categoriesRequireGuardian,
  classificationRequiresGuardian,
  parseCertificateNumber,
  type LocalDate,
} from '@tongban/domain';
import type { CaseDocument } from '../documents/case-document.entity';
import type { ApprovalCase } from './approval-case.entity';

/** What stands between a received case and its approval. */
export interface ApprovalBlockers {
  /** The package cannot be approved as it is (422): failed scans, missing photo or guardian papers. */
  missing: string[];
  /** Scans still being fetched and verified: approval waits (409). */
  waiting: string[];
}

const GUARDIAN_KINDS = ['GUARDIAN_ID', 'GUARDIAN_PROOF'] as const;

/**
 * R11: the hukou county reviews the form, guardian proof, conclusion and publicity before it
 * approves; R30: only scans verified against their digest count; R5, R12: the card needs the photo.
 */
export function approvalBlockers(
  found: Pick<
    ApprovalCase,
    | 'applicant'
    | 'conclusion'
    | 'plan'
    | 'applicantIsMinor'
    | 'currentCertificateNumber'
    | 'claimedCategories'
    | 'receivedOn'
  >,
  documents: readonly Pick<
    CaseDocument,
    'kind' | 'sha256' | 'status' | 'lastError' | 'attempts' | 'urlRequests'
  >[],
): ApprovalBlockers {
  const missing: string[] = [];
  const waiting: string[] = [];
  for (const document of documents) {
    const name = `${document.kind} (sha256 ${document.sha256.slice(0, 12)}…)`;
    if (document.status === 'FAILED') {
      missing.push(`documents: ${name} could not be verified: ${document.lastError ?? 'unknown'}`);
    } else if (document.status === 'PENDING') {
      waiting.push(
        `documents: ${name} is still being fetched and verified (${document.attempts} attempts so far)`,
      );
    } else if (document.status === 'AWAITING_FRESH_URL') {
      waiting.push(
        `documents: ${name} is waiting for a fresh URL from the residence county (asked ${document.urlRequests} times so far)`,
      );
    }
  }
  const kinds = new Set(documents.map((d) => d.kind));
  // R23: a full cancellation prints nothing, so it needs no photo.
  if (found.plan.printsCard && !kinds.has('PHOTO')) {
    missing.push(
      "documents: no PHOTO in the package; the card is printed with the applicant's photo (R5, R12)",
    );
  }
  const unchanged = unchangedClassification(found);
  if (unchanged) missing.push(unchanged);
  if (guardianRequired(found)) {
    if (!found.applicant.guardian) {
      missing.push(
        'applicant.guardian: a minor or a person with an intellectual or mental disability needs a guardian, and the package names none (R5, R11)',
      );
    }
    for (const kind of GUARDIAN_KINDS) {
      if (!kinds.has(kind)) {
        missing.push(
          `documents: no ${kind} in the package; the guardian's ID and proof are required (R5, R11)`,
        );
      }
    }
  }
  return { missing, waiting };
}

/** R24: a change whose conclusion is the current card's category and level changes nothing. */
function unchangedClassification(
  found: Pick<ApprovalCase, 'plan' | 'conclusion' | 'currentCertificateNumber' | 'receivedOn'>,
): string | undefined {
  const classification = found.conclusion?.classification;
  if (
    found.plan.kind !== 'CATEGORY_LEVEL_CHANGE' ||
    !classification ||
    !found.currentCertificateNumber
  )
    return undefined;
  const card = parseCertificateNumber(found.currentCertificateNumber, {
    asOf: found.receivedOn as LocalDate,
  });
  return card.category === classification.category && card.level === classification.level
    ? `conclusion.classification: ${classification.category} level ${classification.level} is the current card's; a category/level change needs a different category or level (R24)`
    : undefined;
}

/**
 * R5: guardian papers for minors and for intellectual or mental disabilities — as the conclusion
 * classifies them, or, where the plan assessed nothing, as the card's categories were filed; the
 * current card's number (MULTIPLE without its parts: guardian needed) for older packages.
 */
function guardianRequired(
  found: Pick<
    ApprovalCase,
    | 'conclusion'
    | 'applicantIsMinor'
    | 'currentCertificateNumber'
    | 'claimedCategories'
    | 'receivedOn'
  >,
): boolean {
  if (found.applicantIsMinor) return true;
  const classification = found.conclusion?.classification;
  if (classification) return classificationRequiresGuardian(classification);
  if (found.claimedCategories) return categoriesRequireGuardian(found.claimedCategories);
  if (!found.currentCertificateNumber) return false;
  const { category } = parseCertificateNumber(found.currentCertificateNumber, {
    asOf: found.receivedOn as LocalDate,
  });
  return categoriesRequireGuardian([category]);
}
