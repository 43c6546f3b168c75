import { DEADLINE_ENTITIES } from '@tongban/deadlines';
import { ApprovalCase } from './approval-cases/approval-case.entity';
import { CaseDocument } from './documents/case-document.entity';
import { APPROVAL_MIGRATIONS } from './migrations';

/** Approval's tables (schema `approval`) and the migrations that create them. */
export const APPROVAL_PERSISTENCE = {
  entities: [ApprovalCase, CaseDocument, ...DEADLINE_ENTITIES],
  migrations: APPROVAL_MIGRATIONS,
};
