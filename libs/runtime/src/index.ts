export * from './bootstrap/create-service-app';
export * from './bootstrap/run-service';
export * from './bootstrap/service-definition';
export * from './bootstrap/validation.pipe';
export * from './health/health.controller';
export * from './logging/logger-options';
export * from './logging/personal-data-redaction';
export * from './service-runtime.module';
