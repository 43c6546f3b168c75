import { Module } from '@nestjs/common';
import { RecordStageChangeService } from '../case-stages/record-stage-change.service';
import { DeadlineAlertLedger } from '../deadline-alerts/deadline-alert-ledger.service';
import { ReadCountLedger } from '../read-counts/read-count-ledger.service';
import { MonitoringStreamConsumer } from './monitoring-stream.consumer';

/** Takes in the counties' de-identified monitoring events. */
@Module({
  controllers: [MonitoringStreamConsumer],
  providers: [RecordStageChangeService, DeadlineAlertLedger, ReadCountLedger],
})
export class MonitoringStreamModule {}
