export * from './material-catalogue';
export * from './notification-list';
export * from './photo-requirements';
