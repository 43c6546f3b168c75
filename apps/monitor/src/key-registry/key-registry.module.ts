import { Module } from '@nestjs/common';
import { NationalOfficeGuard } from '../national-office/national-office.guard';
import { KeyRegistryController } from './key-registry.controller';
import { KeyRegistryService } from './key-registry.service';

/** The national registry of county signing keys, and its publication to every node. */
@Module({
  controllers: [KeyRegistryController],
  providers: [KeyRegistryService, NationalOfficeGuard],
})
export class KeyRegistryModule {}
