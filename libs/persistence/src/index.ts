export * from './persistence.module';
export * from './service-data-source';
export * from './snake-naming.strategy';
export * from './migration-helpers';
export * from './field-encryption';
