// Prints the configuration reference (README) from the validated configuration class, so the
// documentation cannot drift from what the services actually check.
// Usage: SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register tools/docs/config-reference.ts
import 'reflect-metadata';
import { describeVariables, ServiceConfig } from '@tongban/config';

const defaults = new ServiceConfig() as unknown as Record<string, unknown>;
const rows = [...describeVariables(ServiceConfig)].map(([name, variable]) => {
  const fallback = defaults[name];
  const shown =
    fallback !== undefined
      ? `\`${String(fallback)}\``
      : variable.optional
        ? 'optional'
        : 'required';
  return `| \`${name}\` | ${variable.group} | ${shown} | ${variable.secret ? 'yes' : ''} | ${variable.description} |`;
});
process.stdout.write(
  ['| variable | group | default | secret | meaning |', '|---|---|---|---|---|', ...rows].join(
    '\n',
  ) + '\n',
);
