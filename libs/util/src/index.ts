export * from './clock';
export * from './sleep';
