import { anApplicationRequest, eventually, TestNode } from '@tongban/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');

/** Runs a service's real main.ts as its own process, the way deployment does. */
function spawnService(
  service: string,
  env: Record<string, string>,
): { child: ChildProcess; output: () => string } {
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', `apps/${service}/src/main.ts`],
    {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', SWC_NODE_PROJECT: 'tsconfig.base.json', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', (chunk) => (output += String(chunk)));
  child.stderr!.on('data', (chunk) => (output += String(chunk)));
  return { child, output: () => output };
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

describe('a service as an operating-system process', () => {
  let node: TestNode;

  beforeAll(async () => {
    node = await TestNode.create(['320106']);
  });

  afterAll(() => node.dispose());

  it('refuses to start on a bad environment, naming every bad variable and hiding secrets', async () => {
    const { child, output } = spawnService('intake', {
      ...node.env(),
      HTTP_PORT: 'eighty',
      COUNTY_CODES: '3201',
      DATABASE_PASSWORD: '',
      KAFKA_BROKERS: '',
    });
    const [code] = await once(child, 'exit');
    expect(code).toBe(78);
    expect(output()).toMatch(/HTTP_PORT: .*\(got "eighty"\)/);
    expect(output()).toMatch(/COUNTY_CODES: each county code must be 6 digits/);
    expect(output()).toMatch(/DATABASE_PASSWORD: .*\(value hidden\)/);
    expect(output()).toMatch(/KAFKA_BROKERS: must list at least one broker/);
  });

  it('serves, logs JSON without personal data, and exits cleanly on SIGTERM', async () => {
    const port = await freePort();
    const clerk = node.staffHeaders('CLERK');
    const form = anApplicationRequest();
    const sent = [form];
    const { child, output } = spawnService('intake', {
      ...node.env(),
      HTTP_PORT: String(port),
      LOG_LEVEL: 'info',
    });
    try {
      await eventually(
        async () => expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200),
        40_000,
        500,
      );
      const response = await fetch(`http://127.0.0.1:${port}/applications`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...clerk },
        body: JSON.stringify(form),
      });
      expect(response.status).toBe(201);
      // Without a staff token the process refuses, and logs the refusal without the token.
      const anonymous = await fetch(`http://127.0.0.1:${port}/applications`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(anApplicationRequest()),
      });
      expect(anonymous.status).toBe(401);
      // A NUL byte on the public filing is the applicant's error naming the field, not a 500
      // whose log line carried the SQL parameters.
      const withNul = anApplicationRequest({ applicant: { name: '李\u0000四' } });
      const refused = await fetch(`http://127.0.0.1:${port}/online/applications`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(withNul),
      });
      expect(refused.status).toBe(400);
      expect(((await refused.json()) as { message: string[] }).message).toEqual([
        'applicant.name must not contain control characters (found U+0000)',
      ]);
      sent.push(withNul);

      child.kill('SIGTERM');
      const [code, signal] = await once(child, 'exit');
      // On failure the message carries the process's own output, which says why it exited so.
      const exit = code === 0 || signal === 'SIGTERM' ? 'clean' : `code ${code}, signal ${signal}`;
      expect(exit === 'clean' ? exit : `${exit}\n${output()}`).toBe('clean');
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    const lines = output().trim().split('\n');
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(output()).toContain('"path":"/applications"');
    // R32: none of the personal data this process was sent reaches its log.
    for (const { applicant } of sent) {
      const { name, idNumber, phone, mailingAddress } = applicant as {
        name: string;
        idNumber: string;
        phone: string;
        mailingAddress: { addressLine: string };
      };
      for (const personal of [name, idNumber, phone, mailingAddress.addressLine])
        expect(output()).not.toContain(personal);
    }
    expect(output()).toContain('"event":"staff_access_refused"');
    // The staff token proves who calls; it is never written to the log.
    expect(output()).not.toContain(clerk.Authorization!.replace(/^Bearer /, ''));
  });
});
