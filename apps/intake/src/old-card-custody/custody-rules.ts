import type { CasePlan, CaseStatus } from '@tongban/domain';
import { isOldCardDestructionDue, parseLocalDate, type LocalDate } from '@tongban/domain';
import type { OldCard } from './old-card.entity';

/** Why a card cannot be received for a case now; the HTTP status says conflict or bad request. */
export interface CollectionRefusal {
  readonly status: 409 | 422;
  readonly field: 'status' | 'caseKind' | 'applicationId';
  readonly code: string;
  readonly message: string;
}

// A refused, withdrawn or not-qualified case replaces nothing: the old card stays valid with its holder.
const NO_REPLACEMENT: readonly CaseStatus[] = ['REFUSED', 'WITHDRAWN', 'NOT_QUALIFIED'];

/**
 * R28: the residence county collects the old card only for a case it has accepted (the plan is
 * fixed then) whose plan collects one (renewal, migration, cancellation, category/level change,
 * not NEW or LOSS_REPLACEMENT), which was not refused or withdrawn, and only once.
 */
export function collectionRefusal(
  caseRecord: { plan: CasePlan | null; status: CaseStatus },
  alreadyRecorded: boolean,
): CollectionRefusal | undefined {
  if (NO_REPLACEMENT.includes(caseRecord.status)) {
    return {
      status: 409,
      field: 'status',
      code: 'CASE_CLOSED_WITHOUT_REPLACEMENT',
      message: `status: the case is ${caseRecord.status}; the old card stays with its holder (R28)`,
    };
  }
  if (caseRecord.plan === null) {
    return {
      status: 409,
      field: 'status',
      code: 'CASE_NOT_ACCEPTED',
      message: `status: the case is ${caseRecord.status} and not accepted yet; the old card is received for an accepted case (R28)`,
    };
  }
  if (!caseRecord.plan.collectsOldCard) {
    return {
      status: 422,
      field: 'caseKind',
      code: 'PLAN_COLLECTS_NO_CARD',
      message: `caseKind: a ${caseRecord.plan.kind} case collects no old card; only renewal, migration, cancellation and category/level change do (R28)`,
    };
  }
  if (alreadyRecorded) {
    return {
      status: 409,
      field: 'applicationId',
      code: 'OLD_CARD_ALREADY_RECORDED',
      message: 'applicationId: the old card of this case is already in custody (R28)',
    };
  }
  return undefined;
}

/** Why one card of a batch may not be destroyed. */
export interface DestructionOffence {
  readonly custodyId: string;
  readonly code: 'NOT_IN_CUSTODY_OF_COUNTY' | 'ALREADY_DESTROYED' | 'NOT_YET_DUE';
  readonly reason: string;
}

/**
 * R28: every card of a batch must be held by the caller's county and due (one year after
 * collection); the offending ids, in the order given, or an empty list. A card of another
 * county reads as unknown, so the answer discloses nothing about it (R32).
 */
export function destructionOffences(
  custodyIds: readonly string[],
  cards: readonly Pick<
    OldCard,
    'id' | 'countyCode' | 'status' | 'collectedOn' | 'destructionDueOn'
  >[],
  county: string,
  today: LocalDate,
): DestructionOffence[] {
  const byId = new Map(cards.map((card) => [card.id, card]));
  const offences: DestructionOffence[] = [];
  for (const custodyId of custodyIds) {
    const card = byId.get(custodyId);
    if (card === undefined || card.countyCode !== county) {
      offences.push({
        custodyId,
        code: 'NOT_IN_CUSTODY_OF_COUNTY',
        reason: `no old card ${custodyId} is in the custody of county ${county}`,
      });
    } else if (card.status === 'DESTROYED') {
      offences.push({
        custodyId,
        code: 'ALREADY_DESTROYED',
        reason: `old card ${custodyId} was already destroyed`,
      });
    } else if (!isOldCardDestructionDue(parseLocalDate(card.collectedOn), today)) {
      offences.push({
        custodyId,
        code: 'NOT_YET_DUE',
        reason: `old card ${custodyId} may be destroyed from ${card.destructionDueOn}, one year after collection`,
      });
    }
  }
  return offences;
}
