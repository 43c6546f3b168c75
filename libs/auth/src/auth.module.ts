import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CaseAccessPolicy } from './access/case-access.policy';
import { StaffAccessAudit } from './audit/staff-access-audit';
import { StaffAuthGuard } from './guard/staff-auth.guard';
import { StaffRecognition } from './guard/staff-recognition';
import { StaffTokenService } from './tokens/staff-token.service';

/**
 * Staff access for one service: the global {@link StaffAuthGuard} on every HTTP route, plus the
 * token service, case access policy and staff recognition (for the runtime's rate limits) for
 * other code. Needs ServiceConfig (ConfigModule) and, optionally, a Clock provider in the app.
 */
@Global()
@Module({
  providers: [
    StaffTokenService,
    StaffAccessAudit,
    CaseAccessPolicy,
    StaffRecognition,
    { provide: APP_GUARD, useClass: StaffAuthGuard },
  ],
  exports: [StaffTokenService, StaffAccessAudit, CaseAccessPolicy, StaffRecognition],
})
export class AuthModule {}
