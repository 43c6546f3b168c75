import { CardFactsRecord } from './card-facts/card-facts-record.entity';
import { Application } from './applications/application.entity';
import { CaseStep } from './case-progress/case-step.entity';
import { ApplicationDocument } from './documents/application-document.entity';
import { INTAKE_MIGRATIONS } from './migrations';
import { DestructionBatch } from './old-card-custody/destruction-batch.entity';
import { OldCard } from './old-card-custody/old-card.entity';

/** Intake's tables (schema `intake`) and the migrations that create them. */
export const INTAKE_PERSISTENCE = {
  entities: [
    Application,
    ApplicationDocument,
    CaseStep,
    CardFactsRecord,
    OldCard,
    DestructionBatch,
  ],
  migrations: INTAKE_MIGRATIONS,
};
