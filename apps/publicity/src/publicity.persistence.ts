import { DEADLINE_ENTITIES } from '@tongban/deadlines';
import { PUBLICITY_MIGRATIONS } from './migrations';
import { Objection } from './publicity-cases/objection.entity';
import { PublicityCase } from './publicity-cases/publicity-case.entity';

/** Publicity's tables (schema `publicity`) and the migrations that create them. */
export const PUBLICITY_PERSISTENCE = {
  entities: [PublicityCase, Objection, ...DEADLINE_ENTITIES],
  migrations: PUBLICITY_MIGRATIONS,
};
