// Prints a staff token for this node's STAFF_TOKEN_SECRET, for the README walkthrough, curl and
// scripts. The token alone goes to stdout (TOKEN=$(...)); what it grants goes to stderr.
//
// Run: SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register tools/auth/issue-staff-token.ts \
//        --staff clerk-01 --role CLERK --county 320106 [--hours 8] [--secret <s>]
// The secret comes from --secret or, better (it stays out of the process list), STAFF_TOKEN_SECRET.
import {
  MAX_STAFF_TOKEN_TTL_SECONDS,
  MIN_STAFF_TOKEN_SECRET_LENGTH,
  STAFF_ROLES,
  StaffTokenInputError,
  StaffTokenService,
  isStaffRole,
} from '@tongban/auth';
import { NATIONAL_MONITOR_COUNTY } from '@tongban/contracts';
import { findCounty } from '@tongban/domain';
import { parseArgs } from 'node:util';
import { errorMessage } from '@tongban/util';

const USAGE = `Usage: issue-staff-token --staff <id> --role <role> --county <6-digit code> [--hours 8] [--secret <s>]
  --staff   staff account id (letters, digits, ".", "_", "-")
  --role    one of ${STAFF_ROLES.join(', ')}
  --county  county the staff member works for (${NATIONAL_MONITOR_COUNTY}: the national monitoring office);
            must be served by the node that will verify it
  --hours   lifetime, more than 0 and at most ${MAX_STAFF_TOKEN_TTL_SECONDS / 3600} (default 8)
  --secret  the node's STAFF_TOKEN_SECRET (default: the STAFF_TOKEN_SECRET environment variable)`;

class UsageError extends Error {}

function main(argv: string[], env: NodeJS.ProcessEnv): string {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        secret: { type: 'string' },
        staff: { type: 'string' },
        role: { type: 'string' },
        county: { type: 'string' },
        hours: { type: 'string', default: '8' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(errorMessage(error));
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }

  const text = (name: string) => {
    const value = values[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const problems: string[] = [];
  const secret = text('secret') ?? env.STAFF_TOKEN_SECRET;
  if (!secret) problems.push('--secret or STAFF_TOKEN_SECRET is required');
  else if (secret.length < MIN_STAFF_TOKEN_SECRET_LENGTH) {
    problems.push(`the secret must be at least ${MIN_STAFF_TOKEN_SECRET_LENGTH} characters`);
  }
  const staffId = text('staff');
  if (!staffId) problems.push('--staff is required');
  const role = text('role');
  if (!role) problems.push('--role is required');
  else if (!isStaffRole(role)) problems.push(`--role must be one of ${STAFF_ROLES.join(', ')}`);
  const county = text('county');
  if (!county) problems.push('--county is required');
  else if (county !== NATIONAL_MONITOR_COUNTY && !findCounty(county)) {
    problems.push(
      `--county ${county} is not a county in the GB/T 2260 divisions table, nor the national office ${NATIONAL_MONITOR_COUNTY}`,
    );
  }
  const hours = Number(text('hours'));
  const ttlSeconds = Math.round(hours * 3600);
  if (!Number.isFinite(hours) || ttlSeconds < 1 || ttlSeconds > MAX_STAFF_TOKEN_TTL_SECONDS) {
    problems.push(`--hours must be more than 0 and at most ${MAX_STAFF_TOKEN_TTL_SECONDS / 3600}`);
  }
  if (problems.length > 0 || !secret || !staffId || !isStaffRole(role) || !county) {
    throw new UsageError(problems.join('\n'));
  }

  const tokens = new StaffTokenService({ STAFF_TOKEN_SECRET: secret });
  const { token, principal } = tokens.issue({ staffId, role, county, ttlSeconds });
  process.stderr.write(
    `staff ${principal.staffId}, role ${principal.role}, county ${principal.county} ` +
      `(${findCounty(county)?.name ?? ''}), token id ${principal.tokenId}, ` +
      `valid until ${principal.expiresAt.toISOString()}\n`,
  );
  return token;
}

try {
  process.stdout.write(`${main(process.argv.slice(2), process.env)}\n`);
} catch (error) {
  if (error instanceof UsageError || error instanceof StaffTokenInputError) {
    process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    process.exit(2);
  }
  // Never print the secret: only the message of an unexpected failure.
  process.stderr.write(`issue-staff-token failed: ${errorMessage(error)}\n`);
  process.exit(1);
}
