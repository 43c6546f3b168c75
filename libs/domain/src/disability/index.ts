export * from './category';
export * from './classification';
