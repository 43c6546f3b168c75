import { ApplicationDraft } from './application-drafts/application-draft.entity';
import { INTAKE_MIGRATIONS } from './migrations';

/** Intake's tables (schema `intake`) and the migrations that create them. */
export const INTAKE_PERSISTENCE = {
  entities: [ApplicationDraft],
  migrations: INTAKE_MIGRATIONS,
};
