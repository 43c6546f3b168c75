import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Topics } from '@tongban/contracts';
import { IntakeConfig } from '../config/intake.config';
import { EventPublisher } from '@tongban/messaging';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ApplicationDraft } from './application-draft.entity';
import { ApplicationDraftView } from './application-draft.view';
import { CreateApplicationDraftDto } from './create-application-draft.dto';

/** Stores a draft and its `application.drafted` event in one transaction. */
@Injectable()
export class CreateApplicationDraftService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
    private readonly config: IntakeConfig,
  ) {}

  async execute(dto: CreateApplicationDraftDto): Promise<ApplicationDraftView> {
    // R1: a matter is filed where the applicant lives, so the node must serve that county.
    if (!this.config.COUNTY_CODES.includes(dto.residenceCountyCode)) {
      throw new UnprocessableEntityException({
        message: [
          `residenceCountyCode: county ${dto.residenceCountyCode} is not served by this node (R1: file at the residence county; served: ${this.config.COUNTY_CODES.join(', ')})`,
        ],
        error: 'Unprocessable Entity',
        statusCode: 422,
      });
    }
    const draft = await this.dataSource.transaction(async (manager) => {
      const stored = await manager.save(
        manager.create(ApplicationDraft, { id: randomUUID(), ...dto, phone: dto.phone ?? null }),
      );
      await this.events.publish(manager, Topics.applicationDrafted, {
        caseId: stored.id,
        sourceCounty: stored.residenceCountyCode,
        destinationCounty: stored.residenceCountyCode,
        payload: {
          applicationId: stored.id,
          caseKind: stored.caseKind,
          channel: stored.channel,
          residenceCountyCode: stored.residenceCountyCode,
          hukouCountyCode: stored.hukouCountyCode,
        },
      });
      return stored;
    });
    return ApplicationDraftView.of(draft);
  }
}
