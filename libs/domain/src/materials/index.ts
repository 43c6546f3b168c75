export * from './material-catalogue';
export * from './notification-list';
