import 'reflect-metadata';
import { runService } from '@tongban/runtime';
import { APPROVAL_DEFINITION } from './approval.definition';

void runService(APPROVAL_DEFINITION);
