import {
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  UnprocessableEntityException,
} from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { CurrentStaff, Roles, StaffPrincipal } from '@tongban/auth';
import { DataSource } from 'typeorm';
import { ApplicationLookup } from '../applications/application-lookup';
import { CardFactsRecord } from './card-facts-record.entity';
import { CardFactsView } from './card-facts.view';
import { RequestCardFactsService } from './request-card-facts.service';
import { AuditedRead } from '@tongban/runtime';

@ApiTags('applications')
@Controller('applications/:applicationId/card-facts')
export class CardFactsController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationLookup,
    private readonly requests: RequestCardFactsService,
  ) {}

  /** The hukou county's answer about the case's card, or that it has not answered yet. */
  @AuditedRead({ subject: 'card facts', fields: ['category', 'level', 'card status'] })
  @Get()
  @ApiOkResponse({ type: CardFactsView })
  async get(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<CardFactsView> {
    await this.applications.requireVisibleTo(staff, applicationId);
    const record = await this.dataSource.manager.findOneBy(CardFactsRecord, { applicationId });
    if (!record) {
      throw new NotFoundException(
        `applicationId: the case names no current card; only renewals, replacements, cancellations and changes ask for one (R13–R24)`,
      );
    }
    return CardFactsView.of(record);
  }

  /** Asks the hukou county again, e.g. when no answer came or the card has changed since. */
  @Post('request')
  @HttpCode(200)
  @Roles('CLERK')
  @ApiOkResponse({ type: CardFactsView })
  async request(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<CardFactsView> {
    await this.applications.requireVisibleTo(staff, applicationId);
    return this.dataSource.transaction(async (manager) => {
      const application = await this.applications.requireForUpdate(manager, applicationId);
      if (!application.currentCertificateNumber) {
        throw new UnprocessableEntityException({
          statusCode: 422,
          error: 'Unprocessable Entity',
          message: [
            'currentCertificateNumber: the case names no current card to ask about (R13–R24)',
          ],
        });
      }
      return CardFactsView.of(await this.requests.execute(manager, application));
    });
  }
}
