import 'reflect-metadata';
import { runService } from '@tongban/runtime';
import { NOTIFICATION_DEFINITION } from './notification.definition';

void runService(NOTIFICATION_DEFINITION);
