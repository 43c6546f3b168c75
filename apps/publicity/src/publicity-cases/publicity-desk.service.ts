import {
  ConflictException,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { chinaLocalDateOf } from '@tongban/domain';
import { Clock } from '@tongban/util';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Objection } from './objection.entity';
import { PublicityCase } from './publicity-case.entity';
import { requirePublicityCaseForUpdate } from './publicity-case.lookup';
import { EnterResultDto, RecordObjectionDto, ResolveObjectionDto } from './publicity-dtos';
import { PublicityWorkflow } from './publicity-workflow';

/** What staff do during publicity (R10): record objections, resolve them, enter the result. */
@Injectable()
export class PublicityDeskService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workflow: PublicityWorkflow,
    private readonly clock: Clock,
  ) {}

  async recordObjection(applicationId: string, dto: RecordObjectionDto): Promise<Objection> {
    const today = chinaLocalDateOf(this.clock.now());
    if (dto.receivedOn > today) {
      throw new UnprocessableEntityException({
        statusCode: 422,
        error: 'Unprocessable Entity',
        message: [`receivedOn: ${dto.receivedOn} is in the future`],
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const found = await requirePublicityCaseForUpdate(manager, applicationId);
      assertPublicising(found);
      const objection = manager.create(Objection, {
        id: randomUUID(),
        applicationId,
        summary: dto.summary,
        receivedOn: dto.receivedOn,
        status: 'OPEN',
        resolution: null,
        resolvedOn: null,
      });
      return manager.save(objection);
    });
  }

  async resolveObjection(
    applicationId: string,
    objectionId: string,
    dto: ResolveObjectionDto,
  ): Promise<Objection> {
    const today = chinaLocalDateOf(this.clock.now());
    return this.dataSource.transaction(async (manager) => {
      const found = await requirePublicityCaseForUpdate(manager, applicationId);
      assertPublicising(found);
      const objection = await manager.findOneBy(Objection, { id: objectionId, applicationId });
      if (!objection)
        throw new NotFoundException(`no objection ${objectionId} on application ${applicationId}`);
      if (objection.status !== 'OPEN')
        throw new ConflictException(`objection ${objectionId} is already ${objection.status}`);
      objection.status = dto.decision;
      objection.resolution = dto.resolution;
      objection.resolvedOn = today;
      await manager.save(objection);
      if (dto.decision === 'UPHELD') await this.workflow.sendBack(manager, found, dto.resolution);
      return objection;
    });
  }

  /** R10: after the notice period, with no open objection, the result is entered and the case goes on. */
  async enterResult(applicationId: string, dto: EnterResultDto): Promise<PublicityCase> {
    const today = chinaLocalDateOf(this.clock.now());
    return this.dataSource.transaction(async (manager) => {
      const found = await requirePublicityCaseForUpdate(manager, applicationId);
      assertPublicising(found);
      if (found.endsOn && today <= found.endsOn) {
        throw new ConflictException(
          `publicity runs until ${found.endsOn}; the result is entered after it (R10)`,
        );
      }
      const objections = await manager.findBy(Objection, { applicationId });
      if (objections.some((o) => o.status === 'OPEN')) {
        throw new ConflictException(
          'an objection is still open; resolve it before entering the result (R10)',
        );
      }
      const outcome = objections.some((o) => o.status === 'DISMISSED')
        ? 'OBJECTION_DISMISSED'
        : 'NO_OBJECTION';
      await this.workflow.clear(manager, found, outcome, dto.summary);
      return found;
    });
  }
}

function assertPublicising(found: PublicityCase): void {
  if (found.status !== 'PUBLICISING') {
    throw new ConflictException(
      `case ${found.applicationNumber} is ${found.status}, not being publicised`,
    );
  }
}
