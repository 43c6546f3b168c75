import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CertificateNumberPipe } from '../certificates/certificate-number.pipe';
import { CardByNumber } from './card-by-number';
import { CardRegisterController } from './card-register.controller';
import { CardRegisterReader } from './card-register-reader';
import { CardStatusChange } from './card-status-change.entity';
import { ChangeCardStatusService } from './change-card-status.service';
import { RegisterPrintedCardService } from './register-printed-card.service';
import { RegisteredCard } from './registered-card.entity';

/** The hukou county's card register: every card it issued, its status and history (R18–R24). */
@Module({
  imports: [TypeOrmModule.forFeature([RegisteredCard, CardStatusChange])],
  controllers: [CardRegisterController],
  providers: [
    RegisterPrintedCardService,
    ChangeCardStatusService,
    CardRegisterReader,
    CardByNumber,
    CertificateNumberPipe,
  ],
  exports: [RegisterPrintedCardService, ChangeCardStatusService, CardRegisterReader, CardByNumber],
})
export class CardRegisterModule {}
