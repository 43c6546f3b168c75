export * from './factories/application-draft.factory';
export * from './infrastructure/eventually';
export * from './infrastructure/test-database';
export * from './infrastructure/test-environment';
export * from './infrastructure/test-node';
