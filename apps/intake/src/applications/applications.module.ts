import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationLookup } from './application-lookup';
import { Application } from './application.entity';
import { ApplicationsController } from './applications.controller';
import { CreateApplicationService } from './create-application.service';

@Module({
  imports: [TypeOrmModule.forFeature([Application])],
  controllers: [ApplicationsController],
  providers: [CreateApplicationService, ApplicationLookup],
  exports: [ApplicationLookup],
})
export class ApplicationsModule {}
