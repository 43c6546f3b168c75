import { ConfigError, loadConfig, ServiceConfig } from '@tongban/config';
import { createServiceApp } from './create-service-app';
import { ServiceDefinition } from './service-definition';

/**
 * The body of every `main.ts`: validate the environment (refusing to start with a message
 * naming each bad variable), boot, and on SIGTERM finish in-flight work within the grace period.
 */
export async function runService<C extends ServiceConfig>(
  options: ServiceDefinition<C>,
): Promise<void> {
  let config: C;
  try {
    config = loadConfig(options.configClass, process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${options.serviceName}: ${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  await createServiceApp(options.rootModule(config), {
    serviceName: options.serviceName,
    config,
    consumesEvents: options.consumesEvents,
    readsHistory: options.readsHistory?.(config),
  });
  const forceExitAfterGrace = () =>
    setTimeout(() => {
      process.stderr.write(
        `${options.serviceName}: shutdown did not finish within SHUTDOWN_GRACE_MS=${config.SHUTDOWN_GRACE_MS}; exiting\n`,
      );
      process.exit(1);
    }, config.SHUTDOWN_GRACE_MS).unref();
  process.once('SIGTERM', forceExitAfterGrace);
  process.once('SIGINT', forceExitAfterGrace);
}
