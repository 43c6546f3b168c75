import { AssessmentCase } from './assessment-cases/assessment-case.entity';
import { ASSESSMENT_MIGRATIONS } from './migrations';

/** Assessment's tables (schema `assessment`) and the migrations that create them. */
export const ASSESSMENT_PERSISTENCE = {
  entities: [AssessmentCase],
  migrations: ASSESSMENT_MIGRATIONS,
};
