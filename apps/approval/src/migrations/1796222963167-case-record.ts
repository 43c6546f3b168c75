import { planCase } from '@tongban/domain';
import { invertValueMap, remapColumnValues } from '@tongban/persistence';
import { MigrationInterface, QueryRunner } from 'typeorm';

// The desk's own statuses before the case record, and the state machine's status each became.
const STATUS_OF = {
  RECEIVED: 'APPROVAL',
  RETURNED: 'RETURNED_FOR_JURISDICTION',
  APPROVED: 'PRINTING',
  REJECTED: 'REFUSED',
  MAILED: 'COMPLETED',
};

/**
 * The approval case becomes the hukou county's case record: statuses of the domain's state
 * machine, the plan as handed over (computed here for the new certificates received before it
 * travelled: a minor's was not publicised, R10), the outcome and the current card.
 */
export class CaseRecord1796222963167 implements MigrationInterface {
  name = 'CaseRecord1796222963167';

  async up(queryRunner: QueryRunner): Promise<void> {
    const table = '"approval"."approval_case"';
    await queryRunner.query(`ALTER TABLE ${table} ADD "plan" jsonb`);
    await queryRunner.query(`ALTER TABLE ${table} ADD "outcome" text`);
    await queryRunner.query(`ALTER TABLE ${table} ADD "applicant_is_minor" boolean`);
    await queryRunner.query(`ALTER TABLE ${table} ADD "current_certificate_number" text`);
    await queryRunner.query(`ALTER TABLE ${table} ALTER COLUMN "conclusion" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE ${table} ALTER COLUMN "publicity" DROP NOT NULL`);
    for (const minor of [false, true]) {
      const plan = planCase('NEW', { applicantIsMinor: minor });
      await queryRunner.query(
        `UPDATE ${table} SET "plan" = $1, "outcome" = $2, "applicant_is_minor" = $3
          WHERE ("publicity" ->> 'outcome' = 'NOT_PUBLICISED_MINOR') = $3`,
        [JSON.stringify(plan), plan.certificateOutcome, minor],
      );
    }
    await remapColumnValues(queryRunner, table, 'status', STATUS_OF);
    for (const column of ['plan', 'outcome', 'applicant_is_minor'])
      await queryRunner.query(`ALTER TABLE ${table} ALTER COLUMN "${column}" SET NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const table = '"approval"."approval_case"';
    await remapColumnValues(queryRunner, table, 'status', invertValueMap(STATUS_OF));
    await queryRunner.query(`ALTER TABLE ${table} ALTER COLUMN "publicity" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE ${table} ALTER COLUMN "conclusion" SET NOT NULL`);
    for (const column of ['current_certificate_number', 'applicant_is_minor', 'outcome', 'plan'])
      await queryRunner.query(`ALTER TABLE ${table} DROP COLUMN "${column}"`);
  }
}
