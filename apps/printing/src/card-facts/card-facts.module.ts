import { Module } from '@nestjs/common';
import { CardRegisterModule } from '../card-register/card-register.module';
import { AnswerCardFactsService } from './answer-card-facts.service';
import { CardFactsRequestedConsumer } from './card-facts-requested.consumer';

/** Answers residence counties' questions about this county's cards (R7, R13, R14, R22–R24). */
@Module({
  imports: [CardRegisterModule],
  controllers: [CardFactsRequestedConsumer],
  providers: [AnswerCardFactsService],
})
export class CardFactsModule {}
