import { DynamicModule, Module } from '@nestjs/common';
import { ServiceRuntimeModule } from '@tongban/runtime';
import { AcceptanceModule } from './acceptance/acceptance.module';
import { CardFactsModule } from './card-facts/card-facts.module';
import { ApplicationsModule } from './applications/applications.module';
import { CaseProgressModule } from './case-progress/case-progress.module';
import { DocumentsModule } from './documents/documents.module';
import { IntakeConfig } from './config/intake.config';
import { OldCardCustodyModule } from './old-card-custody/old-card-custody.module';
import { INTAKE_PERSISTENCE } from './intake.persistence';

export const INTAKE_SERVICE = 'intake';

/** Intake: where applications enter at the residence county. */
@Module({})
export class IntakeModule {
  static forRoot(config: IntakeConfig): DynamicModule {
    return {
      module: IntakeModule,
      imports: [
        ServiceRuntimeModule.forService({
          serviceName: INTAKE_SERVICE,
          config,
          ...INTAKE_PERSISTENCE,
        }),
        ApplicationsModule,
        DocumentsModule,
        AcceptanceModule,
        CardFactsModule,
        CaseProgressModule,
        OldCardCustodyModule,
      ],
    };
  }
}
