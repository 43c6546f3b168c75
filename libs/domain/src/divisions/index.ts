export * from './divisions';
