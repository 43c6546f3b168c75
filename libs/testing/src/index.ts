export * from './factories/application.factory';
export * from './factories/scans';
export * from './infrastructure/eventually';
export * from './infrastructure/test-database';
export * from './infrastructure/test-environment';
export * from './infrastructure/test-node';
export * from './clients/intake-client';
export * from './factories/envelopes';
