import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ReadAuditController } from './read-audit.controller';
import { ReadAuditInterceptor } from './read-audit.interceptor';

/** The read audit of a service: recorded by the interceptor, listed for the county's auditor. */
@Module({
  controllers: [ReadAuditController],
  providers: [{ provide: APP_INTERCEPTOR, useClass: ReadAuditInterceptor }],
})
export class ReadAuditModule {}
