import {
  Body,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DeadlineTracker } from '@tongban/deadlines';
import { DataSource } from 'typeorm';
import { Objection } from './objection.entity';
import { PublicityCase } from './publicity-case.entity';
import { EnterResultDto, RecordObjectionDto, ResolveObjectionDto } from './publicity-dtos';
import { PublicityDeskService } from './publicity-desk.service';

@ApiTags('publicity')
@Controller('publicity-cases/:applicationId')
export class PublicityCasesController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly desk: PublicityDeskService,
    private readonly deadlines: DeadlineTracker,
  ) {}

  @Get()
  async get(@Param('applicationId', new ParseUUIDPipe()) applicationId: string) {
    const found = await this.dataSource.manager.findOneBy(PublicityCase, { applicationId });
    if (!found) throw new NotFoundException(`no publicity case for application ${applicationId}`);
    const [objections, deadlines] = await Promise.all([
      this.dataSource.manager.find(Objection, {
        where: { applicationId },
        order: { createdAt: 'ASC' },
      }),
      this.deadlines.list(this.dataSource.manager, applicationId),
    ]);
    return {
      ...found,
      objections,
      deadlines: deadlines.map(({ rule, dueOn, status, provisional, closedOn }) => ({
        rule,
        dueOn,
        status,
        provisional,
        closedOn,
      })),
    };
  }

  @Post('objections')
  recordObjection(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @Body() dto: RecordObjectionDto,
  ) {
    return this.desk.recordObjection(applicationId, dto);
  }

  @Post('objections/:objectionId/resolution')
  @HttpCode(200)
  resolveObjection(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @Param('objectionId', new ParseUUIDPipe()) objectionId: string,
    @Body() dto: ResolveObjectionDto,
  ) {
    return this.desk.resolveObjection(applicationId, objectionId, dto);
  }

  @Post('result')
  @HttpCode(200)
  enterResult(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @Body() dto: EnterResultDto,
  ) {
    return this.desk.enterResult(applicationId, dto);
  }
}
