import 'reflect-metadata';
import { runService } from '@tongban/runtime';
import { MONITOR_DEFINITION } from './monitor.definition';

void runService(MONITOR_DEFINITION);
