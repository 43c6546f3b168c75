import { ConflictException, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NATIONAL_MONITOR_COUNTY, Topics } from '@tongban/contracts';
import { DeadlineTracker } from '@tongban/deadlines';
import { chinaLocalDateOf } from '@tongban/domain';
import { EventPublisher } from '@tongban/messaging';
import { Clock } from '@tongban/util';
import { DataSource, EntityManager } from 'typeorm';
import { Institution } from '../institutions/institution.entity';
import { AssessmentCase } from './assessment-case.entity';
import { requireCaseForUpdate } from './assessment-case.lookup';

/**
 * R8: the residence county designates an institution of its own that can assess the claimed
 * categories (and visits at home when asked, R33), and tells the applicant; that ends R25.
 */
@Injectable()
export class DesignateInstitutionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
    private readonly deadlines: DeadlineTracker,
    private readonly clock: Clock,
  ) {}

  async execute(applicationId: string, institutionId: string): Promise<AssessmentCase> {
    const today = chinaLocalDateOf(this.clock.now());
    return this.dataSource.transaction(async (manager) => {
      const found = await requireCaseForUpdate(manager, applicationId);
      if (found.status !== 'AWAITING_DESIGNATION') {
        throw new ConflictException(
          `case ${found.applicationNumber} is ${found.status}, not AWAITING_DESIGNATION`,
        );
      }
      const institution = await this.requireSuitable(manager, found, institutionId);
      found.status = 'DESIGNATED';
      found.institutionId = institution.id;
      found.designatedOn = today;
      await manager.save(found);
      await this.deadlines.close(manager, found.applicationId, 'R25', today);

      const common = { caseId: found.applicationId, sourceCounty: found.residenceCountyCode };
      await this.events.publish(manager, Topics.institutionDesignated, {
        ...common,
        destinationCounty: found.residenceCountyCode,
        payload: {
          applicationId: found.applicationId,
          institutionId: institution.id,
          institutionName: institution.name,
          institutionAddress: institution.address,
          homeVisit: found.homeVisitRequested,
          designatedOn: today,
        },
      });
      await this.events.publish(manager, Topics.caseStageChanged, {
        ...common,
        destinationCounty: NATIONAL_MONITOR_COUNTY,
        payload: {
          countyCode: found.residenceCountyCode,
          caseKind: found.caseKind,
          stage: 'ASSESSMENT',
          transition: 'ENTERED',
          occurredOn: today,
        },
      });
      return found;
    });
  }

  private async requireSuitable(
    manager: EntityManager,
    found: AssessmentCase,
    institutionId: string,
  ): Promise<Institution> {
    const institution = await manager.findOneBy(Institution, { id: institutionId });
    const problems: string[] = [];
    if (!institution || !institution.active) {
      problems.push(`institutionId: no active institution ${institutionId}`);
    } else {
      if (institution.countyCode !== found.residenceCountyCode) {
        problems.push(
          `institutionId: ${institution.name} is not designated by county ${found.residenceCountyCode} (R2, R8)`,
        );
      }
      const uncovered = found.claimedCategories.filter(
        (category) =>
          category !== 'MULTIPLE' && !(institution.categories as string[]).includes(category),
      );
      if (uncovered.length > 0) {
        problems.push(`institutionId: ${institution.name} cannot assess ${uncovered.join(', ')}`);
      }
      if (found.homeVisitRequested && !institution.homeVisits) {
        problems.push(
          `institutionId: ${institution.name} does not assess at home, which this applicant needs (R33)`,
        );
      }
    }
    if (problems.length > 0) {
      throw new UnprocessableEntityException({
        statusCode: 422,
        error: 'Unprocessable Entity',
        message: problems,
      });
    }
    return institution!;
  }
}
