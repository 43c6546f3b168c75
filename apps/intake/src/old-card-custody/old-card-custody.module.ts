import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationsModule } from '../applications/applications.module';
import { CustodyRegisterService } from './custody-register.service';
import { DestroyOldCardsService } from './destroy-old-cards.service';
import { DestructionBatch } from './destruction-batch.entity';
import { OldCardCustodyController } from './old-card-custody.controller';
import { OldCard } from './old-card.entity';
import { RecordOldCardService } from './record-old-card.service';

/** R28: old-card custody and batch destruction at the residence county. */
@Module({
  imports: [ApplicationsModule, TypeOrmModule.forFeature([OldCard, DestructionBatch])],
  controllers: [OldCardCustodyController],
  providers: [RecordOldCardService, CustodyRegisterService, DestroyOldCardsService],
})
export class OldCardCustodyModule {}
