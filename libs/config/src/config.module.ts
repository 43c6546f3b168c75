import { DynamicModule, Global, Module } from '@nestjs/common';
import { ServiceConfig } from './service-config';

/**
 * Makes an app's validated configuration injectable, under its own class and as
 * {@link ServiceConfig} for the shared libraries.
 */
@Global()
@Module({})
export class ConfigModule {
  static forRoot<T extends ServiceConfig>(config: T): DynamicModule {
    const ownClass = config.constructor as new () => T;
    const providers = [
      { provide: ownClass, useValue: config },
      ...(ownClass === ServiceConfig ? [] : [{ provide: ServiceConfig, useValue: config }]),
    ];
    return { module: ConfigModule, providers, exports: providers.map((p) => p.provide) };
  }
}
