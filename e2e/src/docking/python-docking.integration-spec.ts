import { topicName, Topics } from '@tongban/contracts';
import { INTAKE_DEFINITION } from '@tongban/intake';
import { ServiceApp } from '@tongban/runtime';
import { eventually, infrastructureEnv, randomCountyCode, TestNode } from '@tongban/testing';
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { DataSource } from 'typeorm';

const ROOT = join(__dirname, '../../..');
const EXAMPLE = join(ROOT, 'docs/exchange/example/send_envelope.py');

/**
 * The docking guide's worked example (security item 7, R34): a Python program that knows only
 * the AsyncAPI document, with a standard Kafka client and standard JOSE libraries, sends a
 * county an envelope it accepts (signature checked, JWE opened, envelope valid); a forged
 * signature is refused. The provincial system is a node of its own: certificate, ACLs, keys.
 */
describe('docking from another language: the Python example reaches a county node', () => {
  let provincial: TestNode;
  let residence: TestNode;
  let intake: ServiceApp;
  let python: string;

  beforeAll(async () => {
    python = execFileSync(
      'bash',
      [join(ROOT, 'scripts/python-env.sh'), join(ROOT, 'docs/exchange/example/requirements.txt')],
      { encoding: 'utf8' },
    ).trim();
    [provincial, residence] = await Promise.all([
      TestNode.create([randomCountyCode()]),
      TestNode.create([randomCountyCode()]),
    ]);
    residence.federateWith(provincial);
    intake = await residence.start(INTAKE_DEFINITION);
  }, 180_000);

  afterAll(() => Promise.all([provincial?.dispose(), residence?.dispose()]));

  const topic = () =>
    topicName(Topics.caseReturned, {
      nodeId: residence.nodeId,
      countyCode: residence.countyCodes[0]!,
    });

  /** Runs the example as the provincial system; returns the envelope id it printed. */
  function send(signingKey = provincial.exchangeKeys.privateKey): string {
    const county = residence.countyCodes[0]!;
    const applicationId = randomUUID();
    const flags: Record<string, string> = {
      bootstrap: infrastructureEnv().KAFKA_BROKERS,
      ca: infrastructureEnv().KAFKA_TLS_CA_FILE,
      cert: provincial.certificate!.certFile,
      key: provincial.certificate!.keyFile,
      topic: topic(),
      type: Topics.caseReturned.type,
      version: String(Topics.caseReturned.schemaVersion),
      source: provincial.countyCodes[0]!,
      destination: county,
      'case-id': applicationId,
      payload: JSON.stringify({ applicationId, reason: '非本县户籍', returnedOn: '2026-12-03' }),
      'recipient-key': residence.encryptionKeys.publicKey,
      'signing-key': signingKey,
    };
    const args = Object.entries(flags).flatMap(([flag, value]) => [`--${flag}`, value]);
    return execFileSync(python, [EXAMPLE, ...args], { encoding: 'utf8', timeout: 60_000 }).trim();
  }

  /** What the county's exchange log says of messages on its topic, as `where` picks them. */
  const logged = (where: string, value: string) =>
    eventually(async () => {
      const rows = await intake.app
        .get(DataSource)
        .query(
          `SELECT direction, reason FROM intake.exchange_log WHERE topic = $1 AND ${where} = $2`,
          [topic(), value],
        );
      expect(rows).toHaveLength(1);
      return rows[0] as { direction: string; reason: string | null };
    }, 30_000);

  it('sends an envelope the county accepts: signature valid, JWE opened, envelope valid', async () => {
    expect(await logged('event_id::text', send())).toEqual({ direction: 'RECEIVED', reason: null });
  });

  it('and one signed with a key the county does not trust is refused, naming why', async () => {
    const forged = generateKeyPairSync('ed25519')
      .privateKey.export({ format: 'der', type: 'pkcs8' })
      .toString('base64');
    // Refused before it is opened: the log knows the topic and why, not what was inside.
    send(forged);
    const refused = await logged('direction', 'REJECTED');
    expect(refused.direction).toBe('REJECTED');
    expect(refused.reason).toMatch(/signature/);
  });
});
