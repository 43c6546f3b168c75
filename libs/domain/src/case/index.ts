export * from './case-kind';
export * from './case-plan';
export * from './case-state-machine';
export * from './case-progression';
