import { DynamicModule, Module } from '@nestjs/common';
import { ServiceRuntimeModule } from '@tongban/runtime';
import { CardFactsModule } from './card-facts/card-facts.module';
import { CertificatesModule } from './certificates/certificates.module';
import { PrintingConfig } from './config/printing.config';
import { PRINTING_PERSISTENCE } from './printing.persistence';

export const PRINTING_SERVICE = 'printing';

/** Printing at the hukou county: certificate numbers, cards, courier dispatch and verification (R12, R29). */
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
        CertificatesModule,
        CardFactsModule,
      ],
    };
  }
}
