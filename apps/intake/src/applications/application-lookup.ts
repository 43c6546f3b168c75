import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Application } from './application.entity';

/** Finds applications, answering 404 for an unknown id. */
@Injectable()
export class ApplicationLookup {
  constructor(
    @InjectRepository(Application) private readonly applications: Repository<Application>,
  ) {}

  /** The application, or 404. */
  async require(applicationId: string): Promise<Application> {
    const found = await this.applications.findOneBy({ id: applicationId });
    if (!found) throw new NotFoundException(`application ${applicationId} not found`);
    return found;
  }

  /** The application locked for update inside the caller's transaction, or 404. */
  async requireForUpdate(manager: EntityManager, applicationId: string): Promise<Application> {
    const found = await manager.findOne(Application, {
      where: { id: applicationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!found) throw new NotFoundException(`application ${applicationId} not found`);
    return found;
  }
}
