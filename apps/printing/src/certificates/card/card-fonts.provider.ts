import { Injectable, OnModuleInit } from '@nestjs/common';
import { CardFontFiles, loadCardFonts } from './card-fonts';

/** The card fonts, read once at boot so a missing font package stops the service at start. */
@Injectable()
export class CardFonts implements OnModuleInit {
  private files?: CardFontFiles;

  async onModuleInit(): Promise<void> {
    this.files = await loadCardFonts();
  }

  get(): CardFontFiles {
    if (!this.files) throw new Error('card fonts are read at module init and are not loaded yet');
    return this.files;
  }
}
