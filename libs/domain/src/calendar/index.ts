export * from './china-holidays';
export * from './deadlines';
export * from './holiday-schedule';
export * from './local-date';
export * from './working-day-calendar';
