export * from './domain-errors';
export * from './rule-id';
