import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ReadAuditController } from './read-audit.controller';
import { ReadAuditInterceptor } from './read-audit.interceptor';
import { ReadCountReport } from './read-count-report';

/**
 * The read audit of a service: recorded by the interceptor, listed for the county's auditor,
 * counted for national monitoring.
 */
@Module({
  controllers: [ReadAuditController],
  providers: [{ provide: APP_INTERCEPTOR, useClass: ReadAuditInterceptor }, ReadCountReport],
  exports: [ReadCountReport],
})
export class ReadAuditModule {}
