export * from './config-variable.decorator';
export * from './listed-problems.decorator';
export * from './load-config';
export * from './service-config';
export * from './config.module';
