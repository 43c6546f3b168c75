import { MonitoredCase } from './case-stages/monitored-case.entity';
import { StageChange } from './case-stages/stage-change.entity';
import { DeadlineAlert } from './deadline-alerts/deadline-alert.entity';
import { CountyKey } from './key-registry/county-key.entity';
import { KeyRegistryState } from './key-registry/key-registry-state.entity';
import { MONITOR_MIGRATIONS } from './migrations';
import { ReadCount } from './read-counts/read-count.entity';

/** Monitor's tables (schema `monitor`): the de-identified stream as recorded, and its migrations. */
export const MONITOR_PERSISTENCE = {
  entities: [StageChange, MonitoredCase, DeadlineAlert, ReadCount, CountyKey, KeyRegistryState],
  migrations: MONITOR_MIGRATIONS,
};
