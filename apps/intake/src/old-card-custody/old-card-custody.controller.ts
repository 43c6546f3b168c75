import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, Roles, StaffPrincipal } from '@tongban/auth';
import { CustodyRegisterQuery } from './custody-register.query';
import { CustodyRegisterService } from './custody-register.service';
import { DestroyOldCardsDto } from './destroy-old-cards.dto';
import { DestroyOldCardsService } from './destroy-old-cards.service';
import { DestructionBatchView } from './destruction-batch.view';
import { CustodyRegisterView, OldCardView } from './old-card.view';
import { RecordOldCardDto } from './record-old-card.dto';
import { RecordOldCardService } from './record-old-card.service';
import { AuditedRead } from '@tongban/runtime';

/**
 * R28: old cards the residence county collects, keeps and destroys. Clerks (and supervisors,
 * who act as clerks) receive and look up cards; destroying them needs a SUPERVISOR, because a
 * destruction cannot be undone and is witnessed by the one who answers for the register.
 */
@ApiTags('old-card custody')
@Controller()
@Roles('CLERK')
export class OldCardCustodyController {
  constructor(
    private readonly recordOldCard: RecordOldCardService,
    private readonly register: CustodyRegisterService,
    private readonly destroyOldCards: DestroyOldCardsService,
  ) {}

  /** R28: the clerk received the old card of this case. */
  @Post('applications/:applicationId/old-card')
  @ApiCreatedResponse({ type: OldCardView })
  record(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @Body() dto: RecordOldCardDto,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<OldCardView> {
    return this.recordOldCard.execute(applicationId, dto, staff);
  }

  /** The caller's county's custody register, card numbers masked (R32). */
  @Get('old-cards')
  @ApiOkResponse({ type: CustodyRegisterView })
  list(
    @Query() query: CustodyRegisterQuery,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<CustodyRegisterView> {
    return this.register.list(staff, query);
  }

  /** One card with its full number, for staff of the keeping county (R32). */
  @AuditedRead({
    subject: 'old card in custody',
    fields: ['card number', 'holder'],
    caseOf: (_request, body) => (body as { applicationId?: string }).applicationId,
  })
  @Get('old-cards/:custodyId')
  @ApiOkResponse({ type: OldCardView })
  get(
    @Param('custodyId', new ParseUUIDPipe()) custodyId: string,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<OldCardView> {
    return this.register.get(staff, custodyId);
  }

  /** R28: destroy due cards in one batch, all or nothing. */
  @Post('old-cards/destructions')
  @Roles('SUPERVISOR')
  @ApiCreatedResponse({ type: DestructionBatchView })
  destroy(
    @Body() dto: DestroyOldCardsDto,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<DestructionBatchView> {
    return this.destroyOldCards.execute(dto, staff);
  }
}
