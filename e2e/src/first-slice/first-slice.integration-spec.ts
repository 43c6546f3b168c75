import { deadLetterTopicName } from '@tongban/contracts';
import { ServiceApp } from '@tongban/runtime';
import { eventually, IntakeClient, livingIn, TestNode } from '@tongban/testing';
import request from 'supertest';
import { ASSESSMENT_DEFINITION } from '@tongban/assessment';
import { INTAKE_DEFINITION } from '@tongban/intake';

/** Intake → outbox → relay → Kafka → assessment inbox, across two services of one node. */
describe('first slice: an application accepted at intake reaches assessment', () => {
  let node: TestNode;
  let intake: ServiceApp;

  beforeAll(async () => {
    // A county of its own: county topics are shared by name, and this test counts dead letters.
    node = await TestNode.create();
    intake = await node.start(INTAKE_DEFINITION);
  });

  afterAll(() => node.dispose());

  /** Files, uploads every scan and accepts: the acceptance event is what assessment consumes. */
  async function postDraft(): Promise<string> {
    const clerk = new IntakeClient(intake.app, node.staffHeaders('CLERK'));
    return (await clerk.fileComplete(livingIn(node.countyCodes[0]!))).applicationId;
  }

  async function expectAssessmentCase(
    assessment: ServiceApp,
    applicationId: string,
  ): Promise<void> {
    await eventually(async () => {
      const response = await request(assessment.app.getHttpServer())
        .get(`/assessment-cases/${applicationId}`)
        .set(node.staffHeaders('CLERK'));
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        applicationId,
        status: 'AWAITING_DESIGNATION',
        caseKind: 'NEW',
      });
    });
  }

  it('processes a draft published while assessment had never run, once it starts', async () => {
    const applicationId = await postDraft();
    const assessment = await node.start(ASSESSMENT_DEFINITION);
    await expectAssessmentCase(assessment, applicationId);
    await node.stop(assessment);
  });

  it('processes a draft published while assessment was stopped, after it restarts, and nothing twice', async () => {
    let assessment = await node.start(ASSESSMENT_DEFINITION);
    const before = await postDraft();
    await expectAssessmentCase(assessment, before);
    await node.stop(assessment);

    const whileDown = await postDraft();
    assessment = await node.start(ASSESSMENT_DEFINITION);
    await expectAssessmentCase(assessment, whileDown);
    await expectAssessmentCase(assessment, before);
    // A redelivered event that slipped past the inbox would hit the primary key and be dead-lettered.
    expect(await node.messageCount(deadLetterTopicName(node.nodeId))).toBe(0);
    await node.stop(assessment);
  });
});
