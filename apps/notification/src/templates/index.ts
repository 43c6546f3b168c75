export * from './fill-template';
export * from './notice-templates';
export * from './render-notice';
export * from './template-values';
