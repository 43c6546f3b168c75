import { ServicePersistence } from '@tongban/persistence';
import { APPROVAL_PERSISTENCE } from '../../apps/approval/src/approval.persistence';
import { ARCHIVE_PERSISTENCE } from '../../apps/archive/src/archive.persistence';
import { ASSESSMENT_PERSISTENCE } from '../../apps/assessment/src/assessment.persistence';
import { INTAKE_PERSISTENCE } from '../../apps/intake/src/intake.persistence';
import { MONITOR_PERSISTENCE } from '../../apps/monitor/src/monitor.persistence';
import { NOTIFICATION_PERSISTENCE } from '../../apps/notification/src/notification.persistence';
import { PRINTING_PERSISTENCE } from '../../apps/printing/src/printing.persistence';
import { PUBLICITY_PERSISTENCE } from '../../apps/publicity/src/publicity.persistence';
import { MESSAGING_ENTITIES } from '@tongban/messaging';

/** Every service's schema with its entities (messaging tables included) and migrations. */
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
    { schema, entities: [...entities, ...MESSAGING_ENTITIES], migrations },
  ]),
);
