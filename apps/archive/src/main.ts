import 'reflect-metadata';
import { runService } from '@tongban/runtime';
import { ARCHIVE_DEFINITION } from './archive.definition';

void runService(ARCHIVE_DEFINITION);
