import { planCase, type CaseKind } from '@tongban/domain';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Assessment keeps the case's plan to send on with the conclusion. Cases registered before it
 * was carried get the plan of their kind (with the rules of this release).
 */
export class CasePlan1796221813004 implements MigrationInterface {
  name = 'CasePlan1796221813004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "assessment"."assessment_case" ADD "plan" jsonb');
    const kinds: { case_kind: CaseKind; applicant_is_minor: boolean }[] = await queryRunner.query(
      'SELECT DISTINCT "case_kind", "applicant_is_minor" FROM "assessment"."assessment_case"',
    );
    for (const { case_kind, applicant_is_minor } of kinds) {
      await queryRunner.query(
        `UPDATE "assessment"."assessment_case" SET "plan" = $1
          WHERE "case_kind" = $2 AND "applicant_is_minor" = $3`,
        [
          JSON.stringify(planCase(case_kind, { applicantIsMinor: applicant_is_minor })),
          case_kind,
          applicant_is_minor,
        ],
      );
    }
    await queryRunner.query(
      'ALTER TABLE "assessment"."assessment_case" ALTER COLUMN "plan" SET NOT NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "assessment"."assessment_case" DROP COLUMN "plan"');
  }
}
