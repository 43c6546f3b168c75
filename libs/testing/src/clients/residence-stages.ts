import { topicName, Topics } from '@tongban/contracts';
import { aConclusionEnvelope, anEnvelope } from '../factories/envelopes';
import type { TestNode } from '../infrastructure/test-node';

/**
 * Assessment's conclusion and publicity's clearance of an accepted case, as intake at the
 * residence county receives them on its node: intake then hands the case over (R10).
 */
export async function concludeAndClear(
  node: TestNode,
  applicationId: string,
  county: string,
): Promise<void> {
  const local = { sourceCounty: county, destinationCounty: county };
  const concluded = { ...aConclusionEnvelope(applicationId), ...local };
  await node.produce(topicName(Topics.conclusionRecorded, { nodeId: node.nodeId }), [
    { key: applicationId, value: JSON.stringify(concluded) },
  ]);
  const cleared = anEnvelope(
    'publicity.case.cleared',
    {
      applicationId,
      outcome: 'NO_OBJECTION',
      clearedOn: '2026-11-27',
      summary: '公示期满，无异议',
    },
    local,
  );
  await node.produce(topicName(Topics.publicityCleared, { nodeId: node.nodeId }), [
    { key: applicationId, value: JSON.stringify(cleared) },
  ]);
}
