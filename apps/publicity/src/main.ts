import 'reflect-metadata';
import { runService } from '@tongban/runtime';
import { PUBLICITY_DEFINITION } from './publicity.definition';

void runService(PUBLICITY_DEFINITION);
