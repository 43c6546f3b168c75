export * from './catalogue/topic-catalogue';
export * from './envelope/event-envelope';
export * from './messages/intake/application-drafted/application-drafted.event';
export * from './messages/intake/application-drafted/application-drafted.payload';
export * from './vocabulary/case-kind';
export * from './vocabulary/county-code';
export * from './validation/domain-validators';
