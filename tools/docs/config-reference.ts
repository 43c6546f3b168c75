// Prints the configuration reference (README) from the validated configuration classes, so the
// documentation cannot drift from what the services actually check.
// Usage: SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register tools/docs/config-reference.ts
import 'reflect-metadata';
import { APPROVAL_DEFINITION } from '@tongban/approval';
import { ARCHIVE_DEFINITION } from '@tongban/archive';
import { ASSESSMENT_DEFINITION } from '@tongban/assessment';
import { ConfigVariableOptions, describeVariables, ServiceConfig } from '@tongban/config';
import { INTAKE_DEFINITION } from '@tongban/intake';
import { MONITOR_DEFINITION } from '@tongban/monitor';
import { NOTIFICATION_DEFINITION } from '@tongban/notification';
import { PRINTING_DEFINITION } from '@tongban/printing';
import { PUBLICITY_DEFINITION } from '@tongban/publicity';

const SERVICES = [
  INTAKE_DEFINITION,
  ASSESSMENT_DEFINITION,
  PUBLICITY_DEFINITION,
  APPROVAL_DEFINITION,
  PRINTING_DEFINITION,
  ARCHIVE_DEFINITION,
  NOTIFICATION_DEFINITION,
  MONITOR_DEFINITION,
];

function table(configClass: new () => object, only?: (name: string) => boolean): string {
  const defaults = new configClass() as Record<string, unknown>;
  const rows = [...describeVariables(configClass)]
    .filter(([name]) => !only || only(name))
    .map(([name, variable]: [string, ConfigVariableOptions]) => {
      const fallback = defaults[name];
      const shown =
        fallback === ''
          ? 'empty'
          : fallback !== undefined
            ? `\`${String(fallback)}\``
            : variable.optional
              ? 'optional'
              : 'required';
      return `| \`${name}\` | ${variable.group} | ${shown} | ${variable.secret ? 'yes' : ''} | ${variable.description} |`;
    });
  return [
    '| variable | group | default | secret | meaning |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

const shared = new Set(describeVariables(ServiceConfig).keys());
const parts = [`Every service:\n\n${table(ServiceConfig)}`];
for (const service of SERVICES) {
  const own = [...describeVariables(service.configClass).keys()].filter(
    (name) => !shared.has(name),
  );
  if (own.length > 0) {
    parts.push(
      `${service.serviceName} also reads:\n\n${table(service.configClass, (name) => !shared.has(name))}`,
    );
  }
}
process.stdout.write(`${parts.join('\n\n')}\n`);
