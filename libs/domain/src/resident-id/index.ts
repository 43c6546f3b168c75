export * from './check-character';
export * from './resident-id';
