// What composes this service from outside (end-to-end tests, tools): never other services.
export { MonitorConfig } from './config/monitor.config';
export { MONITOR_DEFINITION } from './monitor.definition';
export { MONITOR_PERSISTENCE } from './monitor.persistence';
