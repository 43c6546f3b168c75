import { MigrationInterface, QueryRunner } from 'typeorm';

export class MonitoringStream1795945464325 implements MigrationInterface {
  name = 'MonitoringStream1795945464325';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "monitor"."monitored_case" ("case_id" uuid NOT NULL, "county_code" character(6) NOT NULL, "case_kind" text NOT NULL, "stage" text NOT NULL, "transition" text NOT NULL, "status" text NOT NULL, "first_seen_on" date NOT NULL, "first_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_changed_on" date NOT NULL, "last_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_event_id" uuid NOT NULL, CONSTRAINT "PK_8d853a782e2df6dd0b4ab622e88" PRIMARY KEY ("case_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "monitored_case_county_status" ON "monitor"."monitored_case" ("county_code", "status") ',
    );
    await queryRunner.query(
      'CREATE TABLE "monitor"."stage_change" ("event_id" uuid NOT NULL, "case_id" uuid NOT NULL, "county_code" character(6) NOT NULL, "case_kind" text NOT NULL, "stage" text NOT NULL, "transition" text NOT NULL, "occurred_on" date NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_79c02edd5819af71e54d9bc583d" PRIMARY KEY ("event_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "stage_change_case" ON "monitor"."stage_change" ("case_id", "occurred_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "monitor"."deadline_alert" ("event_id" uuid NOT NULL, "case_id" uuid NOT NULL, "county_code" character(6) NOT NULL, "rule" text NOT NULL, "level" text NOT NULL, "due_on" date NOT NULL, "provisional" boolean NOT NULL, "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL, "resolved_at" TIMESTAMP WITH TIME ZONE, "superseded_by" uuid, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fe14542b4e837408b345f74239f" PRIMARY KEY ("event_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "deadline_alert_case" ON "monitor"."deadline_alert" ("case_id", "rule") ',
    );
    await queryRunner.query(
      'CREATE INDEX "deadline_alert_county_rule" ON "monitor"."deadline_alert" ("county_code", "rule", "due_on") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "monitor"."deadline_alert_county_rule"');
    await queryRunner.query('DROP INDEX "monitor"."deadline_alert_case"');
    await queryRunner.query('DROP TABLE "monitor"."deadline_alert"');
    await queryRunner.query('DROP INDEX "monitor"."stage_change_case"');
    await queryRunner.query('DROP TABLE "monitor"."stage_change"');
    await queryRunner.query('DROP INDEX "monitor"."monitored_case_county_status"');
    await queryRunner.query('DROP TABLE "monitor"."monitored_case"');
  }
}
