import { topicName, Topics } from '@tongban/contracts';
import { ServiceApp } from '@tongban/runtime';
import { ADULT_NEW_CERTIFICATE_SCANS, IntakeClient, PDF_SCAN, TestNode } from '@tongban/testing';
import { DataSource } from 'typeorm';
import { Application } from '../applications/application.entity';
import { INTAKE_DEFINITION } from '../intake.definition';

describe('intake: accepting and refusing (R1, R5, R7)', () => {
  let node: TestNode;
  let intake: ServiceApp;
  let client: IntakeClient;
  let db: DataSource;

  beforeAll(async () => {
    node = await TestNode.create(['320106']);
    intake = await node.start(INTAKE_DEFINITION);
    client = new IntakeClient(intake.app, node.staffHeaders('CLERK', '320106', 'clerk-01'));
    db = intake.app.get(DataSource);
  });

  afterAll(() => node.dispose());

  const statusOf = async (id: string) =>
    (await db.getRepository(Application).findOneByOrFail({ id })).status;

  it('R8: accepting publishes the acceptance (with the notice contact only) and a de-identified stage event', async () => {
    const { applicationId, applicationNumber } = await client.fileComplete();
    expect(await statusOf(applicationId)).toBe('ASSESSMENT');
    // The accepting clerk is the one the staff token names.
    expect(
      (await db.getRepository(Application).findOneByOrFail({ id: applicationId })).acceptedBy,
    ).toBe('clerk-01');

    const [accepted] = await node.readTopic(
      topicName(Topics.applicationAccepted, { nodeId: node.nodeId }),
      1,
    );
    const envelope = JSON.parse(accepted!.value!.toString());
    expect(envelope.payload).toMatchObject({
      applicationId,
      applicationNumber,
      claimedCategories: ['PHYSICAL'],
      applicantIsMinor: false,
    });
    // No email was given, so the contact carries none.
    expect(envelope.payload.contact).toEqual({ name: '张三', phone: '13800138000' });
    expect(accepted!.value!.toString()).not.toMatch(/(?<!\d)\d{17}[\dX](?!\d)|中山路/);

    const stage = await node.findMessage(
      topicName(Topics.caseStageChanged, { nodeId: node.nodeId }),
      (m) => JSON.parse(m.value!.toString()).caseId === applicationId,
    );
    const monitored = stage!.value!.toString();
    expect(JSON.parse(monitored).payload).toMatchObject({
      countyCode: '320106',
      stage: 'ACCEPTANCE',
      transition: 'COMPLETED',
    });
    expect(monitored).not.toMatch(/张三|(?<!\d)\d{17}[\dX](?!\d)|13800138000|PHYSICAL/);
  });

  it('passes an email address the applicant gave on to notices, with the contact', async () => {
    const { applicationId } = await client.fileComplete({
      applicant: { email: 'zhangsan@example.cn' },
    });
    const accepted = await node.findMessage(
      topicName(Topics.applicationAccepted, { nodeId: node.nodeId }),
      (m) => JSON.parse(m.value!.toString()).caseId === applicationId,
    );
    expect(JSON.parse(accepted!.value!.toString()).payload.contact).toEqual({
      name: '张三',
      phone: '13800138000',
      email: 'zhangsan@example.cn',
    });
  });

  it('R5: refuses to accept while materials are missing, listing each, and changes nothing', async () => {
    const { applicationId } = await client.file();
    await client.uploadAll(applicationId, ADULT_NEW_CERTIFICATE_SCANS.slice(0, 2));
    const response = await client.accept(applicationId).expect(422);
    expect(response.body.message).toEqual([
      expect.stringMatching(/^materials: missing 户口簿.*\(R5\)$/),
      expect.stringMatching(/^materials: missing .*居住证.*\(R1\)$/),
    ]);
    expect(await statusOf(applicationId)).toBe('SUBMITTED');
  });

  it('R1: refuses an application whose residence permit has expired, naming the rule', async () => {
    const { applicationId } = await client.file({
      residencePermit: { placeCode: '320106', validFrom: '2020-01-01', validUntil: '2023-01-01' },
    });
    await client.uploadAll(applicationId);
    const response = await client.accept(applicationId).expect(422);
    expect(response.body.violations).toEqual([
      expect.objectContaining({ rule: 'R1', field: 'residencePermit.validUntil' }),
    ]);
    expect(await statusOf(applicationId)).toBe('SUBMITTED');
  });

  it('R5: an intellectual disability without a guardian is refused; with one it is accepted', async () => {
    const scans = [
      ...ADULT_NEW_CERTIFICATE_SCANS,
      ['GUARDIAN_ID', PDF_SCAN],
      ['GUARDIAN_PROOF', PDF_SCAN],
    ] as [string, Buffer][];
    const without = await client.file({ claimedCategories: ['INTELLECTUAL'] });
    await client.uploadAll(without.applicationId, scans);
    const refused = await client.accept(without.applicationId).expect(422);
    expect(refused.body.violations).toEqual([expect.objectContaining({ rule: 'R5' })]);

    const withGuardian = await client.file({
      claimedCategories: ['INTELLECTUAL'],
      applicant: {
        guardian: {
          name: '李四',
          idNumber: '110105195001010012',
          relationship: '父亲',
          phone: '13900139000',
        },
      },
    });
    await client.uploadAll(withGuardian.applicationId, scans);
    await client.accept(withGuardian.applicationId).expect(200);
  });

  it('R7: a cancellation less than a year ago blocks acceptance unless a supervisor overrides with a reason', async () => {
    const recent = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    const { applicationId } = await client.file({ lastCancelledOn: recent });
    await client.uploadAll(applicationId);
    const blocked = await client.accept(applicationId).expect(422);
    expect(blocked.body.violations).toEqual([expect.objectContaining({ rule: 'R7' })]);
    expect(await statusOf(applicationId)).toBe('SUBMITTED');

    // The supervisor is the one the token names; the body carries only the reason.
    const supervisor = new IntakeClient(
      intake.app,
      node.staffHeaders('SUPERVISOR', '320106', 'sup-1'),
    );
    await supervisor
      .accept(applicationId, { supervisorOverride: { reason: '原证系误注销，已核实' } })
      .expect(200);
    const stored = await db.getRepository(Application).findOneByOrFail({ id: applicationId });
    expect(stored.supervisorOverride).toEqual({
      supervisorId: 'sup-1',
      reason: '原证系误注销，已核实',
    });
    expect(stored.acceptedBy).toBe('sup-1');
  });

  it('R7: a clerk may not send an override (403 naming R7), nor name a supervisor in the body; nothing changes', async () => {
    const recent = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    const { applicationId } = await client.file({ lastCancelledOn: recent });
    await client.uploadAll(applicationId);

    const refused = await client
      .accept(applicationId, { supervisorOverride: { reason: '原证系误注销，已核实' } })
      .expect(403);
    expect(refused.body.message).toMatch(/supervisorOverride.*SUPERVISOR.*\(R7\)/);
    const named = await client
      .accept(applicationId, {
        supervisorOverride: { supervisorId: 'sup-1', reason: '原证系误注销，已核实' },
      })
      .expect(400);
    expect(named.body.message.join()).toMatch(/supervisorId should not exist/);

    const stored = await db.getRepository(Application).findOneByOrFail({ id: applicationId });
    expect(stored).toMatchObject({
      status: 'SUBMITTED',
      supervisorOverride: null,
      acceptedBy: null,
    });
  });

  it('accepts once: a second acceptance is a conflict and changes nothing', async () => {
    const { applicationId } = await client.fileComplete();
    await client.accept(applicationId).expect(409);
  });

  it('refuses with every reason, and a refused application cannot be accepted', async () => {
    const { applicationId } = await client.file();
    await client.refuse(applicationId, ['材料不全', '非本辖区居住']).expect(200);
    expect(await statusOf(applicationId)).toBe('REFUSED');
    await client.uploadAll(applicationId, []);
    await client.accept(applicationId).expect(409);
    await client.refuse(applicationId, []).expect(400);
  });
});
