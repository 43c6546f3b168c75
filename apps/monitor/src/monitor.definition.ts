import { ServiceDefinition } from '@tongban/runtime';
import { MonitorConfig } from './config/monitor.config';
import { MONITOR_SERVICE, MonitorModule } from './monitor.module';

/** How monitor is run: by its main.ts, by tests and by tools. */
export const MONITOR_DEFINITION: ServiceDefinition<MonitorConfig> = {
  serviceName: MONITOR_SERVICE,
  configClass: MonitorConfig,
  rootModule: (config) => MonitorModule.forRoot(config),
  consumesEvents: true,
  readsHistory: (config) => config.MONITOR_READS_HISTORY,
};
