export * from './assessment-fee';
