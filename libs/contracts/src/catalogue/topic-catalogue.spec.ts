import {
  deadLetterTopicName,
  eventPattern,
  findTopicByPattern,
  isSignedTopic,
  topicDestinationCounty,
  TopicDefinition,
  topicName,
  Topics,
} from './topic-catalogue';

describe('topic catalogue', () => {
  it('names node topics after the node, so county nodes sharing one Kafka never read each other', () => {
    expect(topicName(Topics.applicationDrafted, { nodeId: 'nanjing' })).toBe(
      'tongban.node.nanjing.intake.application.drafted.v1',
    );
    expect(deadLetterTopicName('nanjing')).toBe('tongban.node.nanjing.dead-letter');
  });

  it('names county topics after the destination county, and refuses one without it', () => {
    const countyTopic: TopicDefinition = { ...Topics.applicationDrafted, scope: 'county' };
    expect(topicName(countyTopic, { nodeId: 'n', countyCode: '220122' })).toBe(
      'tongban.county.220122.intake.application.drafted.v1',
    );
    expect(() => topicName(countyTopic, { nodeId: 'n' })).toThrow(/addressed to a county/);
  });

  it('finds every catalogue entry by its handler pattern and nothing else', () => {
    for (const topic of Object.values(Topics))
      expect(findTopicByPattern(eventPattern(topic))).toBe(topic);
    expect(findTopicByPattern('intake.application.drafted.v2')).toBeUndefined();
  });

  it('uses only characters Kafka accepts in topic names', () => {
    for (const topic of Object.values(Topics)) {
      expect(topicName(topic, { nodeId: 'node-1', countyCode: '320106' })).toMatch(
        /^[a-zA-Z0-9._-]{1,249}$/,
      );
    }
  });

  it('signs what leaves a node — county topics, the national stream, the registry — addressed to their owner', () => {
    const names = Object.values(Topics).map((topic) => ({
      scope: topic.scope,
      name: topicName(topic, { nodeId: 'nanjing', countyCode: '220122' }),
    }));
    for (const { scope, name } of names) {
      expect([name, isSignedTopic(name)]).toEqual([name, scope !== 'node']);
      expect([name, topicDestinationCounty(name)]).toEqual([
        name,
        { node: undefined, county: '220122', national: '100000', registry: '100000' }[scope],
      ]);
    }
    expect(isSignedTopic(deadLetterTopicName('nanjing'))).toBe(false);
  });
});
