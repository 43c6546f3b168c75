import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { CurrentStaff, StaffPrincipal } from '@tongban/auth';
import { chinaLocalDateOf } from '@tongban/domain';
import { Clock } from '@tongban/util';
import { Repository } from 'typeorm';
import { ApplicationLookup } from '../applications/application-lookup';
import { ApplicationDocument } from '../documents/application-document.entity';
import { MaterialsAssessment } from './materials-assessment';
import { MaterialsChecklist } from './materials-checklist';

@ApiTags('applications')
@Controller('applications/:applicationId/materials')
export class MaterialsController {
  constructor(
    private readonly applications: ApplicationLookup,
    @InjectRepository(ApplicationDocument)
    private readonly documents: Repository<ApplicationDocument>,
    private readonly clock: Clock,
    private readonly checklist: MaterialsChecklist,
  ) {}

  /** R5 一次性告知: every required material at once, each marked present or missing. */
  @Get()
  async get(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<MaterialsAssessment & { materialsCompletedOn: string | null }> {
    const application = await this.applications.requireVisibleTo(staff, applicationId);
    const scans = await this.documents.findBy({ applicationId });
    return {
      ...this.checklist.assess(application, scans, chinaLocalDateOf(this.clock.now())),
      materialsCompletedOn: application.materialsCompletedOn,
    };
  }
}
