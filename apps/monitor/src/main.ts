import 'reflect-metadata';
import { runService } from '@tongban/runtime';
import { MonitorConfig } from './config/monitor.config';
import { MONITOR_SERVICE, MonitorModule } from './monitor.module';

void runService({
  serviceName: MONITOR_SERVICE,
  configClass: MonitorConfig,
  rootModule: (config) => MonitorModule.forRoot(config),
  consumesEvents: false,
});
