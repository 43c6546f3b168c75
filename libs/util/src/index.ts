export * from './clock';
export * from './sleep';
export * from './polling-loop';
export * from './error-message';
export * from './scheduled-job';
