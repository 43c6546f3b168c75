import {
  isMinorOn,
  parseLocalDate,
  parseResidentId,
  planCase,
  type CaseKind,
} from '@tongban/domain';
import { invertValueMap, remapColumnValues } from '@tongban/persistence';
import { MigrationInterface, QueryRunner } from 'typeorm';

// The desk's own statuses before the case record, and the state machine's status each became.
const STATUS_OF: Record<string, string> = {
  DRAFT: 'SUBMITTED',
  REFUSED: 'REFUSED',
  HANDED_OVER: 'APPROVAL',
  RETURNED: 'RETURNED_FOR_JURISDICTION',
  APPROVED: 'PRINTING',
  REJECTED: 'REFUSED',
  DISPATCHED: 'COMPLETED',
  CLOSED: 'CONCLUSION_NOT_MET',
};

/**
 * The application becomes the residence county's case record: statuses of the domain's state
 * machine, the plan fixed at acceptance (computed here for cases accepted before it was stored,
 * with the rules of this release), and the certificate outcome.
 */
export class CaseRecord1796221810648 implements MigrationInterface {
  name = 'CaseRecord1796221810648';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "intake"."application" ADD "plan" jsonb');
    await queryRunner.query('ALTER TABLE "intake"."application" ADD "outcome" text');
    // An accepted case was at assessment until its conclusion, then at publicity.
    await queryRunner.query(
      `UPDATE "intake"."application"
          SET "status" = CASE WHEN "conclusion" IS NULL THEN 'ASSESSMENT' ELSE 'PUBLICITY' END
        WHERE "status" = 'ACCEPTED'`,
    );
    await remapColumnValues(queryRunner, '"intake"."application"', 'status', STATUS_OF);
    const accepted: { id: string; case_kind: CaseKind; id_number: string; accepted_on: string }[] =
      await queryRunner.query(
        `SELECT "id", "case_kind", "id_number", "accepted_on"::text AS "accepted_on"
           FROM "intake"."application" WHERE "accepted_on" IS NOT NULL`,
      );
    for (const row of accepted) {
      const on = parseLocalDate(row.accepted_on);
      const plan = planCase(row.case_kind, {
        applicantIsMinor: isMinorOn(parseResidentId(row.id_number, { asOf: on }), on),
      });
      await queryRunner.query(
        'UPDATE "intake"."application" SET "plan" = $1, "outcome" = $2 WHERE "id" = $3',
        [JSON.stringify(plan), plan.certificateOutcome, row.id],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await remapColumnValues(queryRunner, '"intake"."application"', 'status', {
      ...invertValueMap(STATUS_OF),
      ASSESSMENT: 'ACCEPTED',
      REASSESSMENT: 'ACCEPTED',
      PUBLICITY: 'ACCEPTED',
      OBJECTION_REVIEW: 'ACCEPTED',
    });
    await queryRunner.query('ALTER TABLE "intake"."application" DROP COLUMN "outcome"');
    await queryRunner.query('ALTER TABLE "intake"."application" DROP COLUMN "plan"');
  }
}
