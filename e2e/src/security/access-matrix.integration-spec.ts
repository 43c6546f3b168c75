import {
  isReadOnlyRole,
  ROLES_EXTENSION,
  roleSatisfiesAny,
  STAFF_ROLES,
  StaffTokenService,
  type StaffRole,
} from '@tongban/auth';
import { exchangeAsyncApiDocument, NATIONAL_MONITOR_COUNTY } from '@tongban/contracts';
import { MONITOR_DEFINITION } from '@tongban/monitor';
import { COUNTY_SERVICES } from './county-services';
import { ASYNCAPI_ROUTE, type ServiceApp, type ServiceDefinition } from '@tongban/runtime';
import { randomCountyCode, TestNode } from '@tongban/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';

interface Operation {
  security?: unknown[];
  parameters?: {
    in: string;
    name: string;
    required?: boolean;
    schema?: { format?: string; pattern?: string };
  }[];
  [ROLES_EXTENSION]?: StaffRole[];
}

/** A value of the right shape for a path parameter: what reaches the guard is the point. */
function sample(parameter: NonNullable<Operation['parameters']>[number]): string {
  if (parameter.schema?.format === 'uuid' || /Id$/.test(parameter.name)) return randomUUID();
  return '32010620150615407453';
}

/**
 * Every operation of every service's OpenAPI document × every way of calling it: no token, an
 * expired one, one another node signed, one of a county the node does not serve, and each
 * role of a county it serves (security item 4). Staff routes answer 401 or 403 exactly when
 * they must, public ones never, and nothing answers 5xx. Object-level checks (a case of
 * another county) are in each service's own specs.
 */
describe('access matrix: every route × every caller, from the OpenAPI documents', () => {
  let county: TestNode;
  let national: TestNode;
  let stranger: TestNode;
  const apps: { node: TestNode; service: ServiceApp; name: string }[] = [];

  beforeAll(async () => {
    [county, national, stranger] = await Promise.all([
      TestNode.create([randomCountyCode()]),
      TestNode.create([NATIONAL_MONITOR_COUNTY]),
      TestNode.create([randomCountyCode()]),
    ]);
    for (const definition of COUNTY_SERVICES) {
      const service = await county.start(definition, {}, { awaitConsumer: false });
      apps.push({ node: county, service, name: definition.serviceName });
    }
    const monitor = await national.start(MONITOR_DEFINITION as unknown as ServiceDefinition, {
      MONITOR_READS_HISTORY: 'false',
    });
    apps.push({ node: national, service: monitor, name: 'monitor' });
  }, 180_000);

  afterAll(() => Promise.all([county?.dispose(), national?.dispose(), stranger?.dispose()]));

  it('answers every caller of every operation as the rules say, with zero exceptions', async () => {
    const exceptions: string[] = [];
    let calls = 0;
    for (const { node, service, name } of apps) {
      const http = () => request(service.app.getHttpServer());
      const document = (await http().get('/docs-json').expect(200)).body as {
        paths: Record<string, Record<string, Operation>>;
      };
      const ownCounty = node.countyCodes[0]!;
      const expired = new StaffTokenService(
        { STAFF_TOKEN_SECRET: node.env().STAFF_TOKEN_SECRET! },
        { now: () => new Date(Date.now() - 24 * 3600_000) },
      ).issue({ staffId: 'clerk-1', role: 'CLERK', county: ownCounty, ttlSeconds: 3600 }).token;
      for (const [path, methods] of Object.entries(document.paths)) {
        for (const [method, operation] of Object.entries(methods)) {
          const url = path.replace(/\{(\w+)\}/g, (_, param: string) =>
            sample(
              operation.parameters?.find((p) => p.in === 'path' && p.name === param) ?? {
                in: 'path',
                name: param,
              },
            ),
          );
          const call = async (headers: Record<string, string>) => {
            calls++;
            const verb = method as 'get' | 'post' | 'put' | 'patch' | 'delete';
            const response = await http()[verb](url).set(headers).send({});
            return response.status;
          };
          const check = (caller: string, status: number, ok: (status: number) => boolean) => {
            if (!ok(status) || status >= 500)
              exceptions.push(`${name} ${method.toUpperCase()} ${path} as ${caller}: ${status}`);
          };
          const isPublic = Array.isArray(operation.security) && operation.security.length === 0;
          const notRefused = (status: number) => status !== 401 && status !== 403;
          if (isPublic) {
            // The online applicant's routes take the upload token their filing returned
            // instead of a staff token: without it they refuse, with 401 (or 400 when the
            // request is malformed before the token is looked at).
            const needsOwnToken = operation.parameters?.some(
              (p) => p.in === 'header' && p.required === true,
            );
            check('nobody', await call({}), (s) =>
              needsOwnToken ? s === 401 || s === 400 : notRefused(s),
            );
            continue;
          }
          check('nobody', await call({}), (s) => s === 401);
          check(
            'an expired token',
            await call({ Authorization: `Bearer ${expired}` }),
            (s) => s === 401,
          );
          check(
            'another node’s token',
            await call(stranger.staffHeaders('CLERK', ownCounty)),
            (s) => s === 401,
          );
          check(
            'a county the node does not serve',
            await call(node.staffHeaders('SUPERVISOR', '110105')),
            (s) => s === 403,
          );
          const roles = operation[ROLES_EXTENSION];
          for (const role of STAFF_ROLES) {
            const allowed =
              (roles === undefined || roleSatisfiesAny(role, roles)) &&
              !(isReadOnlyRole(role) && method !== 'get');
            check(role, await call(node.staffHeaders(role, ownCounty)), (s) =>
              allowed ? notRefused(s) : s === 403,
            );
          }
        }
      }
    }
    console.info(`access matrix: ${calls} calls over ${apps.length} services`);
    expect(exceptions).toEqual([]);
    expect(calls).toBeGreaterThan(400);
  });

  it('serves the exchange contract from every service to anyone, as generated (R34)', async () => {
    const expected = exchangeAsyncApiDocument();
    for (const { service } of apps) {
      const response = await request(service.app.getHttpServer())
        .get(`/${ASYNCAPI_ROUTE}`)
        .expect(200);
      expect(response.body).toEqual(expected);
    }
  });
});
