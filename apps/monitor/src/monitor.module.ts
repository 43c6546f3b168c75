import { DynamicModule, Module } from '@nestjs/common';
import { ServiceRuntimeModule } from '@tongban/runtime';
import { MonitorConfig } from './config/monitor.config';
import { KeyRegistryModule } from './key-registry/key-registry.module';
import { MONITOR_PERSISTENCE } from './monitor.persistence';
import { NationalOfficeModule } from './national-office/national-office.module';
import { MonitoringStreamModule } from './stream/monitoring-stream.module';

export const MONITOR_SERVICE = 'monitor';

/** National monitoring: de-identified volumes, time limits and backlogs of every county. */
@Module({})
export class MonitorModule {
  static forRoot(config: MonitorConfig): DynamicModule {
    return {
      module: MonitorModule,
      imports: [
        ServiceRuntimeModule.forService({
          serviceName: MONITOR_SERVICE,
          config,
          ...MONITOR_PERSISTENCE,
        }),
        MonitoringStreamModule,
        NationalOfficeModule,
        KeyRegistryModule,
      ],
    };
  }
}
