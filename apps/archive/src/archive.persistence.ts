import { ArchivedDocument } from './e-archive/archived-document.entity';
import { HolderArchive } from './e-archive/holder-archive.entity';
import { FixityCheck } from './fixity/fixity-check.entity';
import { ARCHIVE_MIGRATIONS } from './migrations';
import { PaperOriginalMove } from './paper-originals/paper-original-move.entity';
import { PaperOriginal } from './paper-originals/paper-original.entity';

/** Archive's tables (schema `archive`): e-archives, fixity checks, paper originals (R30). */
export const ARCHIVE_PERSISTENCE = {
  entities: [HolderArchive, ArchivedDocument, FixityCheck, PaperOriginal, PaperOriginalMove],
  migrations: ARCHIVE_MIGRATIONS,
};
