import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CaseAccessPolicy, StaffPrincipal } from '@tongban/auth';
import { FindOptionsWhere, LessThanOrEqual, Repository } from 'typeorm';
import { CustodyRegisterQuery } from './custody-register.query';
import { OldCard } from './old-card.entity';
import { CustodyRegisterView, OldCardListItemView, OldCardView } from './old-card.view';

/** The county's custody register of old cards (R28), readable by the county's own staff (R32). */
@Injectable()
export class CustodyRegisterService {
  constructor(
    @InjectRepository(OldCard) private readonly cards: Repository<OldCard>,
    private readonly access: CaseAccessPolicy,
  ) {}

  /** The caller's county's cards, soonest due first; card numbers masked (R32). */
  async list(staff: StaffPrincipal, query: CustodyRegisterQuery): Promise<CustodyRegisterView> {
    const where: FindOptionsWhere<OldCard> = { countyCode: staff.county };
    if (query.dueBy !== undefined) {
      // Due for destruction means still held: a destroyed card is due for nothing.
      if (query.status === 'DESTROYED') {
        throw new BadRequestException({
          statusCode: 400,
          error: 'Bad Request',
          message: ['dueBy: lists cards still HELD; it cannot be combined with status=DESTROYED'],
        });
      }
      where.status = 'HELD';
      where.destructionDueOn = LessThanOrEqual(query.dueBy);
    } else if (query.status !== undefined) {
      where.status = query.status;
    }
    const [found, total] = await this.cards.findAndCount({
      where,
      order: { destructionDueOn: 'ASC', collectedOn: 'ASC', id: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return {
      items: found.map((card) => OldCardListItemView.of(card)),
      page: query.page,
      pageSize: query.pageSize,
      total,
    };
  }

  /** One card with its full number, only for staff of the keeping county (R32): 403 otherwise. */
  async get(staff: StaffPrincipal, custodyId: string): Promise<OldCardView> {
    const card = await this.cards.findOneBy({ id: custodyId });
    if (!card) throw new NotFoundException(`old card ${custodyId} not found`);
    this.access.assertCountyTakesPart(staff, [card.countyCode], card.applicationId);
    return OldCardView.of(card);
  }
}
