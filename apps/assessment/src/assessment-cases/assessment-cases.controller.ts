import { Controller, Get, NotFoundException, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AssessmentCase } from './assessment-case.entity';
import { AssessmentCaseView } from './assessment-case.view';

@ApiTags('assessment')
@Controller('assessment-cases')
export class AssessmentCasesController {
  constructor(
    @InjectRepository(AssessmentCase) private readonly cases: Repository<AssessmentCase>,
  ) {}

  @Get(':applicationId')
  @ApiOkResponse({ type: AssessmentCaseView })
  async get(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
  ): Promise<AssessmentCaseView> {
    const found = await this.cases.findOneBy({ applicationId });
    if (!found) throw new NotFoundException(`no assessment case for application ${applicationId}`);
    return AssessmentCaseView.of(found);
  }
}
