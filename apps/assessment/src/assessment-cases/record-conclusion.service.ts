import { ConflictException, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NATIONAL_MONITOR_COUNTY, Topics } from '@tongban/contracts';
import { applicantPaysFen, chinaLocalDateOf, classify, type Classification } from '@tongban/domain';
import { EventPublisher } from '@tongban/messaging';
import { Clock } from '@tongban/util';
import { DataSource } from 'typeorm';
import { Institution } from '../institutions/institution.entity';
import { AssessmentCase } from './assessment-case.entity';
import { requireCaseForUpdate } from './assessment-case.lookup';
import { RecordConclusionDto } from './assessment-dtos';

/**
 * R3: enters the conclusion of the signed and sealed form — category and level derived by
 * GB/T 26341-2010 from the impairments found, or "does not meet the standard" — with the fee
 * and any waiver (R9). Publicity (R10) and the applicant's notice follow from the event.
 */
@Injectable()
export class RecordConclusionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
  ) {}

  async execute(applicationId: string, dto: RecordConclusionDto): Promise<AssessmentCase> {
    const today = chinaLocalDateOf(this.clock.now());
    const dateProblems = [
      dto.assessedOn > dto.receivedOn &&
        'assessedOn: the assessment cannot come after the county received it',
      dto.receivedOn > today && `receivedOn: ${dto.receivedOn} is in the future`,
    ].filter((p): p is string => typeof p === 'string');
    if (dateProblems.length > 0) {
      throw new UnprocessableEntityException({
        statusCode: 422,
        error: 'Unprocessable Entity',
        message: dateProblems,
      });
    }
    const classification: Classification | null = dto.meetsStandard
      ? classify(dto.impairments ?? [])
      : null;
    const fee = {
      amountFen: dto.fee.amountFen,
      waiver: dto.fee.waiver ? { ...dto.fee.waiver } : null,
      applicantPaysFen: applicantPaysFen({
        amountFen: dto.fee.amountFen,
        ...(dto.fee.waiver ? { waiver: dto.fee.waiver } : {}),
      }),
    };
    return this.dataSource.transaction(async (manager) => {
      const found = await requireCaseForUpdate(manager, applicationId);
      if (found.status !== 'DESIGNATED') {
        throw new ConflictException(
          `case ${found.applicationNumber} is ${found.status}; a conclusion needs a designated institution`,
        );
      }
      const institution = await manager.findOneByOrFail(Institution, { id: found.institutionId! });
      found.status = dto.meetsStandard ? 'CONCLUDED' : 'NOT_MET';
      found.conclusion = {
        meetsStandard: dto.meetsStandard,
        classification,
        doctorName: dto.doctorName,
        assessedOn: dto.assessedOn,
        receivedOn: dto.receivedOn,
      };
      found.fee = fee;
      await manager.save(found);

      const common = { caseId: found.applicationId, sourceCounty: found.residenceCountyCode };
      await this.events.publish(manager, Topics.conclusionRecorded, {
        ...common,
        destinationCounty: found.residenceCountyCode,
        payload: {
          applicationId: found.applicationId,
          institutionId: institution.id,
          institutionName: institution.name,
          meetsStandard: dto.meetsStandard,
          ...(classification
            ? {
                classification: {
                  category: classification.category,
                  level: classification.level,
                  impairments: classification.impairments.map((i) => ({ ...i })),
                },
              }
            : {}),
          doctorName: dto.doctorName,
          assessedOn: dto.assessedOn,
          receivedOn: dto.receivedOn,
          reassessment: found.reassessment,
          plan: found.plan,
        },
      });
      await this.events.publish(manager, Topics.caseStageChanged, {
        ...common,
        destinationCounty: NATIONAL_MONITOR_COUNTY,
        payload: {
          countyCode: found.residenceCountyCode,
          caseKind: found.caseKind,
          stage: 'ASSESSMENT',
          transition: dto.meetsStandard ? 'COMPLETED' : 'CLOSED',
          occurredOn: today,
        },
      });
      return found;
    });
  }
}
