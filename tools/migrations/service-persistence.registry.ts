import { ServicePersistence } from '@tongban/persistence';
import { APPROVAL_PERSISTENCE } from '@tongban/approval';
import { ARCHIVE_PERSISTENCE } from '@tongban/archive';
import { ASSESSMENT_PERSISTENCE } from '@tongban/assessment';
import { INTAKE_PERSISTENCE } from '@tongban/intake';
import { MONITOR_PERSISTENCE } from '@tongban/monitor';
import { NOTIFICATION_PERSISTENCE } from '@tongban/notification';
import { PRINTING_PERSISTENCE } from '@tongban/printing';
import { PUBLICITY_PERSISTENCE } from '@tongban/publicity';
import { RUNTIME_ENTITIES } from '@tongban/runtime';

/** Every service's schema with its entities (messaging and read-audit tables included) and migrations. */
export const SERVICE_PERSISTENCE: Record<string, ServicePersistence> = Object.fromEntries(
  Object.entries({
    intake: INTAKE_PERSISTENCE,
    assessment: ASSESSMENT_PERSISTENCE,
    publicity: PUBLICITY_PERSISTENCE,
    approval: APPROVAL_PERSISTENCE,
    printing: PRINTING_PERSISTENCE,
    archive: ARCHIVE_PERSISTENCE,
    notification: NOTIFICATION_PERSISTENCE,
    monitor: MONITOR_PERSISTENCE,
  }).map(([schema, { entities, migrations }]) => [
    schema,
    { schema, entities: [...entities, ...RUNTIME_ENTITIES], migrations },
  ]),
);
