import { Body, Controller, Get, Post, Query, UnprocessableEntityException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { IsCountyCode } from '@tongban/contracts';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { AssessmentConfig } from '../config/assessment.config';
import { CreateInstitutionDto } from './create-institution.dto';
import { Institution } from './institution.entity';

class InstitutionQuery {
  @IsCountyCode()
  countyCode!: string;
}

/** The registry of designated assessment institutions of this node's counties (R8, R33). */
@ApiTags('institutions')
@Controller('institutions')
export class InstitutionsController {
  constructor(
    @InjectRepository(Institution) private readonly institutions: Repository<Institution>,
    private readonly config: AssessmentConfig,
  ) {}

  @Post()
  async create(@Body() dto: CreateInstitutionDto): Promise<Institution> {
    if (!this.config.COUNTY_CODES.includes(dto.countyCode)) {
      throw new UnprocessableEntityException({
        statusCode: 422,
        error: 'Unprocessable Entity',
        message: [
          `countyCode: county ${dto.countyCode} is not served by this node (R8: the residence county designates)`,
        ],
      });
    }
    const institution = this.institutions.create({ id: randomUUID(), ...dto, active: true });
    return this.institutions.save(institution);
  }

  @Get()
  list(@Query() query: InstitutionQuery): Promise<Institution[]> {
    return this.institutions.find({
      where: { countyCode: query.countyCode, active: true },
      order: { name: 'ASC' },
    });
  }
}
