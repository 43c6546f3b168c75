import { NATIONAL_MONITOR_COUNTY, topicName, Topics } from '@tongban/contracts';
import { BrokerGrant, nodeGrants } from './broker-access';

type Operation = BrokerGrant['operations'][number];

function allows(grants: BrokerGrant[], topic: string, operation: Operation): boolean {
  return grants.some(
    (grant) =>
      grant.resource === 'topic' &&
      topic.startsWith(grant.prefix) &&
      grant.operations.includes(operation),
  );
}

describe('nodeGrants: the broker access of a node, from the topic catalogue', () => {
  const county = nodeGrants({ nodeId: 'nanjing-gulou', countyCodes: ['320106', '320102'] });
  const national = nodeGrants({ nodeId: 'national', countyCodes: [NATIONAL_MONITOR_COUNTY] });
  const catalogue = Object.values(Topics);

  it.each(catalogue.map((topic) => [topic.type, topic] as const))(
    'a county node may do with %s what its services do, and no more',
    (_type, topic) => {
      const names = {
        own: topicName(topic, { nodeId: 'nanjing-gulou', countyCode: '320102' }),
        other: topicName(topic, { nodeId: 'changchun-nongan', countyCode: '220122' }),
      };
      const expected = {
        node: { readOwn: true, readOther: false, writeOwn: true, writeOther: false },
        county: { readOwn: true, readOther: false, writeOwn: true, writeOther: true },
        national: { readOwn: false, readOther: false, writeOwn: true, writeOther: true },
        // One registry for the whole country: every node reads it, only the national node writes.
        registry: { readOwn: true, readOther: true, writeOwn: false, writeOther: false },
      }[topic.scope];
      expect({
        readOwn: allows(county, names.own, 'read'),
        readOther: allows(county, names.other, 'read'),
        writeOwn: allows(county, names.own, 'write'),
        writeOther: allows(county, names.other, 'write'),
      }).toEqual(expected);
    },
  );

  it('lets the national node read the national stream and the registry, and write the registry only', () => {
    for (const topic of catalogue) {
      const name = topicName(topic, { nodeId: 'changchun-nongan', countyCode: '220122' });
      expect([topic.type, allows(national, name, 'read')]).toEqual([
        topic.type,
        topic.scope === 'national' || topic.scope === 'registry',
      ]);
      expect([topic.type, allows(national, name, 'write')]).toEqual([
        topic.type,
        topic.scope === 'registry',
      ]);
    }
  });

  it('keeps a node inside its own consumer groups, by a prefix no other node id shares', () => {
    expect(county.filter((grant) => grant.resource === 'group')).toEqual([
      { resource: 'group', prefix: 'nanjing-gulou.', operations: ['read'] },
    ]);
  });
});
