import 'reflect-metadata';
import { runService } from '@tongban/runtime';
import { ASSESSMENT_DEFINITION } from './assessment.definition';

void runService(ASSESSMENT_DEFINITION);
