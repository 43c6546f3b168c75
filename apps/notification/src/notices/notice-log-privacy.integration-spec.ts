import { topicName, Topics } from '@tongban/contracts';
import { eventually, TestNode } from '@tongban/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { aCase, acceptedEnvelope, designatedEnvelope } from '../__tests__/case-events';
import type { NoticeView } from './notice.view';

const ROOT = join(__dirname, '../../../..');

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/** Runs notification's real main.ts, capturing the JSON log lines it writes to stdout. */
function spawnNotification(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
} {
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', 'apps/notification/src/main.ts'],
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

describe('notification as a process: what reaches stdout (R32)', () => {
  let node: TestNode;

  beforeAll(async () => {
    node = await TestNode.create();
  });

  afterAll(() => node.dispose());

  it('logs each delivery with the phone masked, and never the phone, the name or the text', async () => {
    const port = await freePort();
    const { child, output } = spawnNotification({
      ...node.env(),
      HTTP_PORT: String(port),
      LOG_LEVEL: 'info',
      NOTIFICATION_SWEEP_INTERVAL_MS: '100',
    });
    const testCase = aCase(node.countyCodes[0]!);
    try {
      await eventually(
        async () => expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200),
        60_000,
        500,
      );
      for (const [topic, envelope] of [
        [Topics.applicationAccepted, acceptedEnvelope(testCase)],
        [Topics.institutionDesignated, designatedEnvelope(testCase)],
      ] as const) {
        await node.produce(topicName(topic, { nodeId: node.nodeId }), [
          { key: envelope.caseId, value: JSON.stringify(envelope) },
        ]);
      }
      await eventually(async () => {
        const response = await fetch(
          `http://127.0.0.1:${port}/notices?applicationId=${testCase.applicationId}`,
          { headers: node.staffHeaders('CLERK') },
        );
        const notices = (await response.json()) as NoticeView[];
        expect(notices.map((n) => n.status)).toEqual(['SENT', 'SENT']);
      }, 30_000);

      child.kill('SIGTERM');
      await once(child, 'exit');
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }

    const lines = output().trim().split('\n');
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    const deliveries = lines.filter((line) => line.includes('log channel'));
    expect(deliveries).toHaveLength(2);
    for (const line of deliveries) expect(JSON.parse(line)).toMatchObject({ to: '138****8000' });
    expect(output()).not.toContain('13800138000');
    expect(output()).not.toContain('张三');
    expect(output()).not.toContain(testCase.applicationNumber);
    expect(output()).not.toContain('您好');
    // Request lines carry the path, never the query string with the case id.
    expect(output()).toContain('"path":"/notices"');
    expect(output()).not.toContain(`applicationId=${testCase.applicationId}`);
  });
});
