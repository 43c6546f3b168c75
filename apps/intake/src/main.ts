import 'reflect-metadata';
import { runService } from '@tongban/runtime';
import { INTAKE_DEFINITION } from './intake.definition';

void runService(INTAKE_DEFINITION);
