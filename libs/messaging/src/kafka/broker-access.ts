import { NATIONAL_MONITOR_COUNTY, topicPrefix } from '@tongban/contracts';
import { sleep } from '@tongban/util';
import {
  AclOperationTypes,
  AclPermissionTypes,
  AclResourceTypes,
  ResourcePatternTypes,
  type AclEntry,
  type Admin,
} from 'kafkajs';

/** What a node may do on every topic or consumer group whose name starts with `prefix`. */
export interface BrokerGrant {
  resource: 'topic' | 'group';
  prefix: string;
  operations: ('read' | 'write' | 'create')[];
}

export interface BrokerNode {
  nodeId: string;
  countyCodes: string[];
}

/**
 * What the broker lets a node do, derived from the topic catalogue's scopes:
 * - its own node topics and consumer groups (`<nodeId>.…`): everything a service does;
 * - the topics of the counties it serves: read (messages addressed to them);
 * - every county's topics: write and create (a hand-over goes to the case's hukou county,
 *   whoever that is; signatures, not the ACL, say who may speak for a county), describe;
 * - the national stream: a county node writes its de-identified events, the national node
 *   (the one serving NATIONAL_MONITOR_COUNTY) reads them. No county node reads another
 *   county's topics or another node's, and the national node reads no county's;
 * - the registry (county keys): the national node publishes it, every node reads it.
 */
export function nodeGrants({ nodeId, countyCodes }: BrokerNode): BrokerGrant[] {
  const own: BrokerGrant[] = [
    {
      resource: 'topic',
      prefix: topicPrefix('node', { nodeId }),
      operations: ['read', 'write', 'create'],
    },
    { resource: 'group', prefix: `${nodeId}.`, operations: ['read'] },
  ];
  if (countyCodes.includes(NATIONAL_MONITOR_COUNTY)) {
    return [
      ...own,
      { resource: 'topic', prefix: topicPrefix('national'), operations: ['read', 'create'] },
      {
        resource: 'topic',
        prefix: topicPrefix('registry'),
        operations: ['read', 'write', 'create'],
      },
    ];
  }
  return [
    ...own,
    { resource: 'topic', prefix: topicPrefix('registry'), operations: ['read'] },
    ...countyCodes.map((countyCode): BrokerGrant => ({
      resource: 'topic',
      prefix: topicPrefix('county', { countyCode }),
      operations: ['read'],
    })),
    { resource: 'topic', prefix: topicPrefix('county'), operations: ['write', 'create'] },
    { resource: 'topic', prefix: topicPrefix('national'), operations: ['write', 'create'] },
  ];
}

/** The broker principal of a node: its certificate's CN is its NODE_ID. */
export function nodePrincipal(nodeId: string): string {
  return `User:${nodeId}`;
}

const OPERATIONS = {
  read: AclOperationTypes.READ,
  write: AclOperationTypes.WRITE,
  create: AclOperationTypes.CREATE,
} as const;

const ACL_VISIBLE_TIMEOUT_MS = 15_000;
const ACL_POLL_MS = 50;

/**
 * Grants a node its access (as the cluster operator) and returns once the broker applies it:
 * ACLs go through the controller's metadata log, so a client connecting right after creation
 * could otherwise still be refused.
 */
export async function grantNodeAccess(admin: Admin, node: BrokerNode): Promise<void> {
  const principal = nodePrincipal(node.nodeId);
  const entries = nodeGrants(node).flatMap((grant) =>
    grant.operations.map((operation): AclEntry => ({
      resourceType: grant.resource === 'topic' ? AclResourceTypes.TOPIC : AclResourceTypes.GROUP,
      resourceName: grant.prefix,
      resourcePatternType: ResourcePatternTypes.PREFIXED,
      principal,
      host: '*',
      operation: OPERATIONS[operation],
      permissionType: AclPermissionTypes.ALLOW,
    })),
  );
  await admin.createAcls({ acl: entries });
  const deadline = Date.now() + ACL_VISIBLE_TIMEOUT_MS;
  while ((await countAcls(admin, principal)) < entries.length) {
    if (Date.now() > deadline) throw new Error(`the broker did not apply the ACLs of ${principal}`);
    await sleep(ACL_POLL_MS);
  }
}

/** Removes every ACL of a node: its certificate no longer opens anything. */
export async function revokeNodeAccess(admin: Admin, nodeId: string): Promise<void> {
  await admin.deleteAcls({ filters: [principalFilter(nodePrincipal(nodeId))] });
}

async function countAcls(admin: Admin, principal: string): Promise<number> {
  const { resources } = await admin.describeAcls(principalFilter(principal));
  return resources.reduce((sum, resource) => sum + resource.acls.length, 0);
}

function principalFilter(principal: string) {
  return {
    resourceType: AclResourceTypes.ANY,
    resourcePatternType: ResourcePatternTypes.ANY,
    principal,
    operation: AclOperationTypes.ANY,
    permissionType: AclPermissionTypes.ANY,
  };
}
