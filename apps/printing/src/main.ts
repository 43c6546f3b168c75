import 'reflect-metadata';
import { runService } from '@tongban/runtime';
import { PRINTING_DEFINITION } from './printing.definition';

void runService(PRINTING_DEFINITION);
