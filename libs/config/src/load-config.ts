import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { describeVariables } from './config-variable.decorator';

/** Raised when the environment does not satisfy a configuration class; names every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type ConfigClass<T> = new () => T;

/**
 * Validates the environment once into a typed object. Unknown variables are ignored (the
 * process environment holds much else); every missing or malformed one is reported together.
 */
export function loadConfig<T extends object>(
  configClass: ConfigClass<T>,
  env: Record<string, string | undefined>,
): T {
  const config = plainToInstance(configClass, env, { exposeDefaultValues: true });
  // One message per variable, quoting what the operator wrote rather than its conversion.
  const errors = validateSync(config, {
    whitelist: false,
    forbidUnknownValues: false,
    stopAtFirstError: true,
  });
  if (errors.length > 0) {
    const variables = describeVariables(configClass);
    throw new ConfigError(
      errors.flatMap((error) =>
        describeError(error, env[error.property], variables.get(error.property)?.secret),
      ),
    );
  }
  return config;
}

function describeError(error: ValidationError, raw: string | undefined, secret = false): string[] {
  const received = raw === undefined ? 'missing' : secret ? 'value hidden' : `got "${raw}"`;
  return Object.values(error.constraints ?? {}).map(
    (message) => `${error.property}: ${message} (${received})`,
  );
}

/** The configuration as it may be logged: secrets masked, so operators see what was loaded. */
export function redactedConfig<T extends object>(config: T): Record<string, unknown> {
  const variables = describeVariables(config.constructor as ConfigClass<T>);
  const shown: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(config)) {
    shown[name] = variables.get(name)?.secret ? '********' : value;
  }
  return shown;
}
