import { Module } from '@nestjs/common';
import { MaterialsChecklist } from './materials-checklist';

/** The one-time notification list (R5, R35) each served county uses. */
@Module({
  providers: [MaterialsChecklist],
  exports: [MaterialsChecklist],
})
export class MaterialsModule {}
