import { sleep } from '@tongban/util';
import type { Admin, ITopicConfig } from 'kafkajs';

/** Errors a broker answers while a topic it has just created is still settling. */
const SETTLING_ERRORS = new Set(['UNKNOWN_TOPIC_OR_PARTITION', 'LEADER_NOT_AVAILABLE']);
const SETTLE_TIMEOUT_MS = 15_000;
const SETTLE_POLL_MS = 100;

/**
 * Creates whichever of the topics are missing and returns once the broker serves every one of
 * them with a leader per partition. Right after creation a KRaft broker can briefly answer
 * "does not host this topic-partition", which kafkajs does not retry; clients subscribing or
 * producing in that moment would fail.
 */
export async function provisionTopics(admin: Admin, topics: ITopicConfig[]): Promise<void> {
  if (topics.length === 0) return;
  const existing = new Set(await admin.listTopics());
  const missing = topics.filter(({ topic }) => !existing.has(topic));
  if (missing.length > 0) {
    await whileSettling(() => admin.createTopics({ waitForLeaders: true, topics: missing }));
  }
  const names = topics.map(({ topic }) => topic);
  await whileSettling(async () => {
    const { topics: served } = await admin.fetchTopicMetadata({ topics: names });
    const leaderless = served.filter(({ partitions }) =>
      partitions.some(({ leader }) => leader < 0),
    );
    if (leaderless.length > 0) {
      throw Object.assign(new Error(`no leader yet for ${leaderless[0]!.name}`), {
        type: 'LEADER_NOT_AVAILABLE',
      });
    }
  });
}

async function whileSettling<T>(attempt: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      const type = (error as { type?: string }).type;
      if (!type || !SETTLING_ERRORS.has(type) || Date.now() > deadline) throw error;
      await sleep(SETTLE_POLL_MS);
    }
  }
}
