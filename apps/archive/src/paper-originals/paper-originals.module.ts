import { Module } from '@nestjs/common';
import { PaperOriginalsController } from './paper-originals.controller';
import { PaperRegistry } from './paper-registry.service';

/** R19, R30: the register of paper originals the county keeps. */
@Module({
  controllers: [PaperOriginalsController],
  providers: [PaperRegistry],
})
export class PaperOriginalsModule {}
