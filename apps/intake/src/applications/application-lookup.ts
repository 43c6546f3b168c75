import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CaseAccessPolicy, StaffPrincipal } from '@tongban/auth';
import { EntityManager, Repository } from 'typeorm';
import { Application } from './application.entity';

/** Finds applications, answering 404 for an unknown id. */
@Injectable()
export class ApplicationLookup {
  constructor(
    @InjectRepository(Application) private readonly applications: Repository<Application>,
    private readonly access: CaseAccessPolicy,
  ) {}

  /** R32: the application if the staff member's county takes part in it; 404 or 403 otherwise. */
  async requireVisibleTo(staff: StaffPrincipal, applicationId: string): Promise<Application> {
    const found = await this.require(applicationId);
    this.access.assertCountyTakesPart(staff, countiesOf(found), applicationId);
    return found;
  }

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

/** The counties taking part in an application (R32): residence and hukou county. */
export function countiesOf(application: Application): string[] {
  return [application.residenceCountyCode, application.hukouCountyCode];
}
