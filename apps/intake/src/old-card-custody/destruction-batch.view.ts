import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DestructionBatch } from './destruction-batch.entity';

/** A recorded batch destruction (R28); holds no card numbers. */
export class DestructionBatchView {
  @ApiProperty() batchId!: string;
  @ApiProperty() countyCode!: string;
  @ApiProperty() destroyedOn!: string;
  @ApiProperty() recordedBy!: string;
  @ApiPropertyOptional() secondWitnessName!: string | null;
  @ApiProperty() methodNote!: string;
  @ApiProperty({ type: [String] }) custodyIds!: string[];

  static of(batch: DestructionBatch): DestructionBatchView {
    return {
      batchId: batch.id,
      countyCode: batch.countyCode,
      destroyedOn: batch.destroyedOn,
      recordedBy: batch.recordedBy,
      secondWitnessName: batch.secondWitnessName,
      methodNote: batch.methodNote,
      custodyIds: batch.custodyIds,
    };
  }
}
