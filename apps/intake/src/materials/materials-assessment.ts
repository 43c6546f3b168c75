import type { DocumentKind } from '@tongban/contracts';
import {
  checkMaterials,
  isMinorOn,
  notificationList,
  parseResidentId,
  type CountyMaterialItem,
  type LocalDate,
  type MaterialRequirement,
} from '@tongban/domain';
import type { Application } from '../applications/application.entity';

/** Which material of the notification list (R5) each uploaded scan counts as. */
const MATERIAL_OF_KIND: Partial<Record<DocumentKind, string>> = {
  PHOTO: 'PHOTOS',
  ID_DOCUMENT: 'ID_DOCUMENT',
  HUKOU_BOOKLET: 'HUKOU_BOOKLET',
  RESIDENCE_PERMIT: 'RESIDENCE_PERMIT',
  MIGRATION_PROOF: 'HUKOU_MIGRATION_CERTIFICATE',
  OLD_CERTIFICATE: 'OLD_CERTIFICATE',
  CANCELLATION_PROOF: 'CANCELLATION_PROOF',
};

export interface MaterialLine extends MaterialRequirement {
  readonly satisfied: boolean;
}

export interface MaterialsAssessment {
  readonly complete: boolean;
  readonly required: readonly MaterialLine[];
  readonly missing: readonly MaterialLine[];
}

/** Whether the applicant counts as a minor on a date (R5, R10), from the ID's birth date. */
export function applicantIsMinor(
  application: Pick<Application, 'idNumber'>,
  on: LocalDate,
): boolean {
  return isMinorOn(parseResidentId(application.idNumber, { asOf: on }), on);
}

/** What a scan was handed in as: its kind, and the county material it stands for, if any. */
export interface SubmittedScan {
  readonly kind: DocumentKind;
  readonly materialId: string | null;
}

/**
 * The one-time notification list (R5, R35) for this application — with its county's own
 * extra materials — and what is still missing. The form itself is entered at the counter or
 * online (R6), so it is always present; the guardian's papers count once both the guardian's
 * ID and the proof of guardianship are in.
 */
export function assessMaterials(
  application: Pick<Application, 'caseKind' | 'claimedCategories' | 'idNumber'>,
  scans: readonly SubmittedScan[],
  on: LocalDate,
  countyExtras: readonly CountyMaterialItem[] = [],
): MaterialsAssessment {
  const required = notificationList({
    kind: application.caseKind,
    categories: application.claimedCategories,
    applicantIsMinor: applicantIsMinor(application, on),
    countyExtras,
  });
  const submitted = new Set<string>(['APPLICATION_FORM']);
  const uploadedKinds = scans.map((scan) => scan.kind);
  for (const scan of scans) {
    const material = scan.materialId ?? MATERIAL_OF_KIND[scan.kind];
    if (material) submitted.add(material);
  }
  if (uploadedKinds.includes('GUARDIAN_ID') && uploadedKinds.includes('GUARDIAN_PROOF')) {
    submitted.add('GUARDIAN_ID_AND_PROOF');
  }
  const check = checkMaterials(required, submitted);
  const missingIds = new Set(check.missing.map((m) => m.id));
  const lines = required.map((r) => ({ ...r, satisfied: !missingIds.has(r.id) }));
  return { complete: check.complete, required: lines, missing: lines.filter((l) => !l.satisfied) };
}
