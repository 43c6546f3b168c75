import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CaseAccessPolicy, StaffPrincipal } from '@tongban/auth';
import {
  chinaLocalDateOf,
  DomainRuleViolation,
  oldCardDestructionDueOn,
  parseCertificateNumber,
  type LocalDate,
} from '@tongban/domain';
import { Clock } from '@tongban/util';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ApplicationLookup } from '../applications/application-lookup';
import { Application } from '../applications/application.entity';
import { CaseSteps } from '../case-progress/case-steps';
import { collectionRefused } from './custody-refusals';
import { collectionRefusal } from './custody-rules';
import { OldCard } from './old-card.entity';
import { OldCardView } from './old-card.view';
import { RecordOldCardDto } from './record-old-card.dto';

/**
 * The clerk receives the old card of an accepted case whose plan collects it (R28); the residence
 * county keeps it until its batch destruction one year later.
 */
@Injectable()
export class RecordOldCardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationLookup,
    private readonly access: CaseAccessPolicy,
    private readonly steps: CaseSteps,
    private readonly clock: Clock,
  ) {}

  async execute(
    applicationId: string,
    dto: RecordOldCardDto,
    staff: StaffPrincipal,
  ): Promise<OldCardView> {
    const today = chinaLocalDateOf(this.clock.now());
    const recorded = await this.dataSource.transaction(async (manager) => {
      // The lock serialises two clerks recording the same card; the unique index backs it up.
      const application = await this.applications.requireForUpdate(manager, applicationId);
      // R28: only the residence county collects and keeps old cards, not the hukou county.
      this.access.assertCountyTakesPart(staff, [application.residenceCountyCode], applicationId);
      const alreadyRecorded = await manager.existsBy(OldCard, { applicationId });
      const refusal = collectionRefusal(application, alreadyRecorded);
      if (refusal) throw collectionRefused(refusal);

      const cardNumber = applicantsCardNumber(dto.cardNumber, application, today);
      const destructionDueOn = oldCardDestructionDueOn(today);
      const card = manager.create(OldCard, {
        id: randomUUID(),
        applicationId,
        countyCode: application.residenceCountyCode,
        cardNumber,
        collectedOn: today,
        collectedBy: staff.staffId,
        conditionNote: dto.conditionNote ?? null,
        storageLocation: dto.storageLocation,
        destructionDueOn,
        status: 'HELD',
        destructionBatchId: null,
        destroyedOn: null,
      });
      await manager.insert(OldCard, card);
      await this.steps.record(
        manager,
        applicationId,
        'OLD_CARD_RECEIVED',
        today,
        `已收回旧证，由县残联保管，${destructionDueOn}起集中销毁`,
      );
      return card;
    });
    return OldCardView.of(recorded);
  }
}

/**
 * The card number as the domain reads it (shape, ID check character), and only if it is the
 * applicant's own card: its ID part must be the application's ID number (R28).
 */
function applicantsCardNumber(input: string, application: Application, today: LocalDate): string {
  const parsed = parseCertificateNumber(input, { asOf: today, field: 'cardNumber' });
  if (parsed.residentId !== application.idNumber) {
    // The message names neither ID number (R32).
    throw new DomainRuleViolation(
      'R28',
      'cardNumber',
      'NOT_APPLICANTS_CARD',
      "the card's ID number is not the applicant's; only the applicant's own old card is collected",
    );
  }
  return parsed.value;
}
