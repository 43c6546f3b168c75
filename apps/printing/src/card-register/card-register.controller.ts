import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { CaseAccessPolicy, CurrentStaff, Roles, StaffPrincipal } from '@tongban/auth';
import { chinaLocalDateOf, DomainError } from '@tongban/domain';
import { Clock } from '@tongban/util';
import { DataSource } from 'typeorm';
import { CertificateNumberPipe } from '../certificates/certificate-number.pipe';
import { conflict, notFound } from '../http/http-problems';
import { CardByNumber } from './card-by-number';
import { CardRegisterReader } from './card-register-reader';
import { ChangeCardStatusService } from './change-card-status.service';
import { RegisteredCardView } from './registered-card.view';
import { ReportCardLostDto } from './report-card-lost.dto';
import { AuditedRead } from '@tongban/runtime';

/** Hukou-county staff: a card in the register with its history; reporting it lost (R22). */
@ApiTags('card-register')
@Controller('card-register')
export class CardRegisterController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly register: CardRegisterReader,
    private readonly cardByNumber: CardByNumber,
    private readonly changeStatus: ChangeCardStatusService,
    private readonly access: CaseAccessPolicy,
    private readonly clock: Clock,
  ) {}

  @AuditedRead({
    subject: 'registered card',
    fields: ['holder ID', 'category', 'level', 'history'],
    caseOf: (_request, body) => (body as { applicationId?: string }).applicationId,
  })
  @Get(':cardNumber')
  @ApiOkResponse({ type: RegisteredCardView })
  async get(
    @Param('cardNumber', CertificateNumberPipe) cardNumber: string,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<RegisteredCardView> {
    const card = await this.requireVisible(staff, cardNumber);
    return RegisteredCardView.of(card, await this.register.history(card.cardId));
  }

  @Post(':cardNumber/report-lost')
  @Roles('CLERK', 'APPROVER')
  @ApiCreatedResponse({ type: RegisteredCardView })
  async reportLost(
    @Param('cardNumber', CertificateNumberPipe) cardNumber: string,
    @Body() dto: ReportCardLostDto,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<RegisteredCardView> {
    const card = await this.requireVisible(staff, cardNumber);
    try {
      await this.dataSource.transaction((manager) =>
        this.changeStatus.execute(manager, {
          cardNumber,
          // The card the clerk was shown, even if a successor took over the number meanwhile.
          cardId: card.cardId,
          event: { type: 'REPORT_LOST' },
          on: chinaLocalDateOf(this.clock.now()),
          actor: `staff:${staff.staffId}`,
          ...(dto.applicationId ? { applicationId: dto.applicationId } : {}),
          reason: dto.reason,
        }),
      );
    } catch (error) {
      // An illegal transition names the rule (R21/R22/R23) and changes nothing.
      if (error instanceof DomainError) throw conflict(`status: ${error.message}`);
      throw error;
    }
    const changed = await this.register.require(card.cardId);
    return RegisteredCardView.of(changed, await this.register.history(card.cardId));
  }

  /**
   * The card the number means (in force, else the latest), if the staff member may see it.
   * R32: the register is the issuing county's; only its staff see an entry.
   */
  private async requireVisible(staff: StaffPrincipal, cardNumber: string) {
    const card = await this.cardByNumber.find(cardNumber);
    if (!card) throw notFound('cardNumber: no card with this number is in the register');
    this.access.assertCountyTakesPart(staff, [card.issuingCountyCode]);
    return card;
  }
}
