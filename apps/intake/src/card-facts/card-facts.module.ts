import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { CardFactsAnsweredConsumer } from './card-facts-answered.consumer';
import { CardFactsController } from './card-facts.controller';

/**
 * Card facts from the hukou county, asked over the exchange (R7, R13, R14, R22–R24); filing asks
 * first (RequestCardFactsService lives with the applications, which call it).
 */
@Module({
  imports: [ApplicationsModule],
  controllers: [CardFactsController, CardFactsAnsweredConsumer],
})
export class CardFactsModule {}
