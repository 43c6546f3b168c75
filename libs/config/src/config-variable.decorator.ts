/** Where a configuration variable belongs in the reference, and whether it must never be shown. */
export interface ConfigVariableOptions {
  group: 'node' | 'http' | 'database' | 'kafka' | 'storage' | 'exchange' | 'logging';
  description: string;
  secret?: boolean;
  /** May be left unset; the service derives a value (documented in the description). */
  optional?: boolean;
}

const registry = new WeakMap<object, Map<string, ConfigVariableOptions>>();

/** Documents one environment variable of a configuration class (group, description, secrecy). */
export function ConfigVariable(options: ConfigVariableOptions): PropertyDecorator {
  return (target, property) => {
    const own = registry.get(target) ?? new Map<string, ConfigVariableOptions>();
    own.set(String(property), options);
    registry.set(target, own);
  };
}

/** All documented variables of a configuration class, including inherited ones. */
export function describeVariables(
  configClass: abstract new () => object,
): Map<string, ConfigVariableOptions> {
  const result = new Map<string, ConfigVariableOptions>();
  const chain: object[] = [];
  for (
    let proto = configClass.prototype;
    proto && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    chain.unshift(proto);
  }
  for (const proto of chain) {
    for (const [name, options] of registry.get(proto) ?? []) result.set(name, options);
  }
  return result;
}
