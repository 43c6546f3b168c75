import type { DocumentKind } from '@tongban/contracts';
import { DocumentStore } from '@tongban/storage';
import { anAdultIdNumber, anEnvelope } from '@tongban/testing';
import { randomBytes, randomUUID } from 'node:crypto';

/** A scan approval verified, as it holds it in the node's bucket. */
export interface ApprovedScan {
  kind: DocumentKind;
  key: string;
  sha256: string;
  size: number;
  contentType: string;
}

/** Stores a scan where approval keeps its verified copies, and describes it as approval does. */
export async function storeApprovedScan(
  store: DocumentStore,
  applicationId: string,
  kind: DocumentKind,
  bytes: Buffer = randomBytes(4096),
): Promise<ApprovedScan> {
  const stored = await store.put(
    `cases/${applicationId}/${kind}/scan.pdf`,
    bytes,
    'application/pdf',
  );
  return {
    kind,
    key: stored.key,
    sha256: stored.sha256,
    size: stored.size,
    contentType: 'application/pdf',
  };
}

/** approval.case.documents-approved v1 of a new certificate, as approval's relay publishes it. */
export function documentsApprovedEnvelope(options: {
  hukouCountyCode: string;
  applicationId?: string;
  idNumber?: string;
  documents: ApprovedScan[];
}) {
  const applicationId = options.applicationId ?? randomUUID();
  return anEnvelope(
    'approval.case.documents-approved',
    {
      applicationId,
      caseKind: 'NEW',
      hukouCountyCode: options.hukouCountyCode,
      residenceCountyCode: '320106',
      holder: { idNumber: options.idNumber ?? anAdultIdNumber(), name: '张三' },
      documents: options.documents,
      approvedOn: '2026-11-30',
    },
    { sourceCounty: options.hukouCountyCode, destinationCounty: options.hukouCountyCode },
  );
}
