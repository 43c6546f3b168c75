import { CardFactsRecord } from './card-facts/card-facts-record.entity';
import { Application } from './applications/application.entity';
import { CaseStep } from './case-progress/case-step.entity';
import { ApplicationDocument } from './documents/application-document.entity';
import { INTAKE_MIGRATIONS } from './migrations';

/** Intake's tables (schema `intake`) and the migrations that create them. */
export const INTAKE_PERSISTENCE = {
  entities: [Application, ApplicationDocument, CaseStep, CardFactsRecord],
  migrations: INTAKE_MIGRATIONS,
};
