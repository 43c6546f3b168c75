import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import {
  CaseStageChangedEvent,
  DeadlineAlertedEvent,
  eventPattern,
  ReadsCountedEvent,
  Topics,
} from '@tongban/contracts';
import { EventConsumer, Inbox } from '@tongban/messaging';
import { RecordStageChangeService } from '../case-stages/record-stage-change.service';
import { DeadlineAlertLedger } from '../deadline-alerts/deadline-alert-ledger.service';
import { ReadCountLedger } from '../read-counts/read-count-ledger.service';
import { assertNationalReport } from './national-envelope';

/**
 * The de-identified stream every county publishes for national monitoring. The global
 * validation pipe has already refused any field the contract does not declare (R32): such a
 * message is dead-lettered and nothing of it reaches these handlers.
 */
@EventConsumer()
export class MonitoringStreamConsumer {
  constructor(
    private readonly inbox: Inbox,
    private readonly stageChanges: RecordStageChangeService,
    private readonly alerts: DeadlineAlertLedger,
    private readonly readCounts: ReadCountLedger,
  ) {}

  @EventPattern(eventPattern(Topics.caseStageChanged))
  async onStageChanged(
    @Payload() event: CaseStageChangedEvent,
    @Ctx() context: KafkaContext,
  ): Promise<void> {
    assertNationalReport(event);
    await this.inbox.handleOnce(
      event,
      async (manager) => {
        const change = await this.stageChanges.execute(manager, event);
        await this.alerts.discharge(manager, change);
      },
      { heartbeat: context.getHeartbeat() },
    );
  }

  @EventPattern(eventPattern(Topics.deadlineAlerted))
  async onDeadlineAlerted(
    @Payload() event: DeadlineAlertedEvent,
    @Ctx() context: KafkaContext,
  ): Promise<void> {
    assertNationalReport(event);
    await this.inbox.handleOnce(
      event,
      async (manager) => {
        await this.alerts.record(manager, event);
      },
      { heartbeat: context.getHeartbeat() },
    );
  }

  @EventPattern(eventPattern(Topics.readsCounted))
  async onReadsCounted(
    @Payload() event: ReadsCountedEvent,
    @Ctx() context: KafkaContext,
  ): Promise<void> {
    assertNationalReport(event);
    await this.inbox.handleOnce(event, (manager) => this.readCounts.record(manager, event), {
      heartbeat: context.getHeartbeat(),
    });
  }
}
