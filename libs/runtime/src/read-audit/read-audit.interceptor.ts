import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { auditPath, type StaffRequest } from '@tongban/auth';
import { Clock } from '@tongban/util';
import { isUUID } from 'class-validator';
import { mergeMap, Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { AUDITED_READ_KEY, AuditedReadOptions, AuditedRequest } from './audited-read.decorator';
import { ReadAuditEntry } from './read-audit-entry.entity';

/** Writes the read audit of routes marked {@link AuditedRead}, once the handler succeeded. */
@Injectable()
export class ReadAuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const options = this.reflector.get<AuditedReadOptions | undefined>(
      AUDITED_READ_KEY,
      context.getHandler(),
    );
    const request = context
      .switchToHttp()
      .getRequest<StaffRequest & AuditedRequest & { ip?: string }>();
    if (!options || !request.staff) return next.handle();
    const staff = request.staff;
    return next.handle().pipe(
      mergeMap(async (body: unknown) => {
        const caseId = (options.caseOf ?? ((r) => r.params.applicationId))(request, body);
        await this.dataSource.getRepository(ReadAuditEntry).insert({
          readAt: this.clock.now(),
          staffId: staff.staffId,
          role: staff.role,
          county: staff.county,
          caseId: caseId && isUUID(caseId) ? caseId : null,
          subject: options.subject,
          fields: options.fields,
          method: request.method,
          path: auditPath(request.originalUrl ?? request.url),
          clientAddress: request.ip ?? null,
        });
        return body;
      }),
    );
  }
}
