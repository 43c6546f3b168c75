import { DEADLINE_ENTITIES } from '@tongban/deadlines';
import { AssessmentCase } from './assessment-cases/assessment-case.entity';
import { Institution } from './institutions/institution.entity';
import { ASSESSMENT_MIGRATIONS } from './migrations';

/** Assessment's tables (schema `assessment`) and the migrations that create them. */
export const ASSESSMENT_PERSISTENCE = {
  entities: [AssessmentCase, Institution, ...DEADLINE_ENTITIES],
  migrations: ASSESSMENT_MIGRATIONS,
};
