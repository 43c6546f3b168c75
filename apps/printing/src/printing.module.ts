import { DynamicModule, Module } from '@nestjs/common';
import { ServiceRuntimeModule } from '@tongban/runtime';
import { PrintingConfig } from './config/printing.config';
import { PRINTING_PERSISTENCE } from './printing.persistence';

export const PRINTING_SERVICE = 'printing';

/** Printing at the hukou county: certificate numbers, cards and courier dispatch (R12, R29). Features arrive with the new-certificate flow. */
@Module({})
export class PrintingModule {
  static forRoot(config: PrintingConfig): DynamicModule {
    return {
      module: PrintingModule,
      imports: [
        ServiceRuntimeModule.forService({
          serviceName: PRINTING_SERVICE,
          config,
          ...PRINTING_PERSISTENCE,
        }),
      ],
    };
  }
}
