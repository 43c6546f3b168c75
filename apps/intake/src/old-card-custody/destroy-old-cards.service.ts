import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { StaffPrincipal } from '@tongban/auth';
import { chinaLocalDateOf } from '@tongban/domain';
import { Clock } from '@tongban/util';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { CaseSteps } from '../case-progress/case-steps';
import { batchRefused } from './custody-refusals';
import { destructionOffences } from './custody-rules';
import { DestroyOldCardsDto } from './destroy-old-cards.dto';
import { DestructionBatch } from './destruction-batch.entity';
import { DestructionBatchView } from './destruction-batch.view';
import { OldCard } from './old-card.entity';

/**
 * R28: destroys old cards in one batch, all or nothing — a single card not held by the caller's
 * county, already destroyed or not yet a year in custody refuses the whole batch.
 */
@Injectable()
export class DestroyOldCardsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly steps: CaseSteps,
    private readonly clock: Clock,
  ) {}

  async execute(dto: DestroyOldCardsDto, staff: StaffPrincipal): Promise<DestructionBatchView> {
    const today = chinaLocalDateOf(this.clock.now());
    const batch = await this.dataSource.transaction(async (manager) => {
      // Locked, so two supervisors cannot destroy the same card in two batches.
      const cards = await manager.find(OldCard, {
        where: { id: In(dto.custodyIds) },
        lock: { mode: 'pessimistic_write' },
      });
      const offences = destructionOffences(dto.custodyIds, cards, staff.county, today);
      if (offences.length > 0) throw batchRefused(offences);

      const recorded = manager.create(DestructionBatch, {
        id: randomUUID(),
        countyCode: staff.county,
        destroyedOn: today,
        recordedBy: staff.staffId,
        secondWitnessName: dto.secondWitnessName ?? null,
        methodNote: dto.methodNote,
        custodyIds: [...dto.custodyIds],
      });
      await manager.insert(DestructionBatch, recorded);
      await manager.update(
        OldCard,
        { id: In(dto.custodyIds) },
        { status: 'DESTROYED', destructionBatchId: recorded.id, destroyedOn: today },
      );
      for (const card of cards) {
        await this.steps.record(
          manager,
          card.applicationId,
          'OLD_CARD_DESTROYED',
          today,
          '旧证已集中销毁',
        );
      }
      return recorded;
    });
    return DestructionBatchView.of(batch);
  }
}
