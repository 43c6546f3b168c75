import { BadRequestException, Injectable } from '@nestjs/common';
import type { CountyMaterialItem, LocalDate } from '@tongban/domain';
import type { Application } from '../applications/application.entity';
import { IntakeConfig } from '../config/intake.config';
import { CountyMaterials, readCountyMaterials } from '../config/county-materials';
import { assessMaterials, MaterialsAssessment, SubmittedScan } from './materials-assessment';

type Assessed = Pick<
  Application,
  'caseKind' | 'claimedCategories' | 'idNumber' | 'residenceCountyCode'
>;

/** The R5 list as each served county has it: the standard materials plus the county's own. */
@Injectable()
export class MaterialsChecklist {
  private readonly countyMaterials: CountyMaterials;

  constructor(config: IntakeConfig) {
    // Validated when the configuration loaded; a bad file never gets this far.
    this.countyMaterials = readCountyMaterials(
      config.INTAKE_COUNTY_MATERIALS_FILE,
      config.COUNTY_CODES,
    ).materials;
  }

  assess(
    application: Assessed,
    scans: readonly SubmittedScan[],
    on: LocalDate,
  ): MaterialsAssessment {
    return assessMaterials(application, scans, on, this.extrasFor(application));
  }

  /** A scan handed in as a county material must name one on this application's list (R2). */
  assertExtraMaterial(application: Assessed, materialId: string): void {
    const extras = this.extrasFor(application);
    if (extras.some((extra) => extra.id === materialId)) return;
    const known = extras.map((extra) => extra.id).join(', ') || 'none';
    throw new BadRequestException({
      message: [
        `material: ${materialId} is not an extra material of county ${application.residenceCountyCode} for ${application.caseKind} cases (R2; its extras: ${known})`,
      ],
    });
  }

  /** The Chinese name of a county material, to tell the hukou county what a scan is. */
  nameOf(countyCode: string, materialId: string): string | undefined {
    return this.countyMaterials.get(countyCode)?.find((extra) => extra.id === materialId)?.nameZh;
  }

  private extrasFor(application: Assessed): readonly CountyMaterialItem[] {
    return (this.countyMaterials.get(application.residenceCountyCode) ?? []).filter(
      (extra) => extra.kinds === undefined || extra.kinds.includes(application.caseKind),
    );
  }
}
