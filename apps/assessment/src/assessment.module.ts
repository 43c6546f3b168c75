import { DynamicModule, Module } from '@nestjs/common';
import { ServiceRuntimeModule } from '@tongban/runtime';
import { AssessmentCasesModule } from './assessment-cases/assessment-cases.module';
import { ASSESSMENT_PERSISTENCE } from './assessment.persistence';
import { AssessmentConfig } from './config/assessment.config';

export const ASSESSMENT_SERVICE = 'assessment';

/** Assessment: designated institutions and conclusions at the residence county (R3, R8, R9). */
@Module({})
export class AssessmentModule {
  static forRoot(config: AssessmentConfig): DynamicModule {
    return {
      module: AssessmentModule,
      imports: [
        ServiceRuntimeModule.forService({
          serviceName: ASSESSMENT_SERVICE,
          config,
          ...ASSESSMENT_PERSISTENCE,
        }),
        AssessmentCasesModule,
      ],
    };
  }
}
