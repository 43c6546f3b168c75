import { APPROVAL_DEFINITION } from '@tongban/approval';
import { ARCHIVE_DEFINITION } from '@tongban/archive';
import { ASSESSMENT_DEFINITION } from '@tongban/assessment';
import { INTAKE_DEFINITION } from '@tongban/intake';
import { NOTIFICATION_DEFINITION } from '@tongban/notification';
import { PRINTING_DEFINITION } from '@tongban/printing';
import { PUBLICITY_DEFINITION } from '@tongban/publicity';
import type { ServiceDefinition } from '@tongban/runtime';

/**
 * Every service a county node runs (the national node runs monitor): what the specs that walk
 * every route of every service start, so a new service cannot be left out of one of them.
 */
export const COUNTY_SERVICES = [
  INTAKE_DEFINITION,
  ASSESSMENT_DEFINITION,
  PUBLICITY_DEFINITION,
  APPROVAL_DEFINITION,
  PRINTING_DEFINITION,
  ARCHIVE_DEFINITION,
  NOTIFICATION_DEFINITION,
] as unknown as ServiceDefinition[];
