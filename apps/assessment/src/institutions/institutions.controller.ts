import {
  Body,
  ConflictException,
  Controller,
  ForbiddenException,
  Get,
  Post,
  Query,
  UnprocessableEntityException,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { CurrentStaff, Roles, StaffAccessAudit, StaffPrincipal } from '@tongban/auth';
import { IsCountyCode } from '@tongban/contracts';
import { randomUUID } from 'node:crypto';
import { QueryFailedError, Repository } from 'typeorm';
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
    private readonly audit: StaffAccessAudit,
  ) {}

  /** A supervisor registers an institution of their own county (R8, R32). */
  @Post()
  @Roles('SUPERVISOR')
  async create(
    @Body() dto: CreateInstitutionDto,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<Institution> {
    if (!this.config.COUNTY_CODES.includes(dto.countyCode)) {
      throw new UnprocessableEntityException({
        statusCode: 422,
        error: 'Unprocessable Entity',
        message: [
          `countyCode: county ${dto.countyCode} is not served by this node (R8: the residence county designates)`,
        ],
      });
    }
    if (dto.countyCode !== staff.county) {
      const detail = `staff of county ${staff.county} may register institutions only for county ${staff.county} (R8: each county designates its own; R32)`;
      this.audit.refused({
        status: 403,
        reason: 'case-county-not-involved',
        detail,
        staffId: staff.staffId,
        county: staff.county,
        role: staff.role,
      });
      throw new ForbiddenException(detail);
    }
    const duplicate = () =>
      new ConflictException({
        statusCode: 409,
        error: 'Conflict',
        message: [
          `name: "${dto.name}" is already registered as an institution of county ${dto.countyCode} (R8: each institution once per county)`,
        ],
      });
    if (await this.institutions.existsBy({ countyCode: dto.countyCode, name: dto.name }))
      throw duplicate();
    const institution = this.institutions.create({ id: randomUUID(), ...dto, active: true });
    try {
      return await this.institutions.save(institution);
    } catch (error) {
      // Two supervisors registering at the same moment: the unique index decides.
      if (isUniqueViolation(error)) throw duplicate();
      throw error;
    }
  }

  @Get()
  list(@Query() query: InstitutionQuery): Promise<Institution[]> {
    return this.institutions.find({
      where: { countyCode: query.countyCode, active: true },
      order: { name: 'ASC' },
    });
  }
}

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    (error.driverError as { code?: string } | undefined)?.code === '23505'
  );
}
