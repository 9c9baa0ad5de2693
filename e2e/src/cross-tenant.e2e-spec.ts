// Tenancy across the whole API, through the gateway: two authorities (the Région and the
// Département de la Somme), each with one of everything (cross-tenant-world.ts); every operation
// of the API (cross-tenant.ts) called by every kind of caller of the first authority — its
// programme's manager, finance officer and auditor, its distributor's and its place's people and
// software, the platform operator, the public — on its own object, on the other authority's and
// on one that does not exist. The other authority's object must answer exactly as a missing one
// and leave every table as it was; its private fields as they answer the public; lists must show
// nothing of it; and the caller's own objects must be told apart, so that the check is not vacuous.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import type { GraphQLSchema } from 'graphql';
import { Client } from 'pg';
import { DEMO_PARTNER_IDS, DEMO_PLACES, DEMO_REGION, DEPARTEMENT_DEMO } from '@pass-numerique/demo-programme';
import { composeSupergraph } from '@pass-numerique/gateway';
import { isPolicyDenial } from '@pass-numerique/service-kit';
import { apiKey, ApiSetup, issuePartnerKey, type GraphQLResponse, type Headers } from '@pass-numerique/testing';
import { CROSS_TENANT, missingOf, objectOf, otherOf, type Entry, type ListEntry, type ObjectEntry, type ObjectRef, type PublicObjectEntry } from './cross-tenant';
import { buildTenant, type Tenant } from './cross-tenant-world';
import { startStack, type Stack } from './stack';

const WORKSPACE = path.resolve(__dirname, '..', '..');

function apiSchema(): GraphQLSchema {
  const composed = composeSupergraph(WORKSPACE);
  if (!composed.ok) throw new Error(`the supergraph does not compose:\n${composed.errors.join('\n')}`);
  return Supergraph.build(composed.supergraphSdl).apiSchema().toGraphQLJSSchema();
}

function rootOperations(schema: GraphQLSchema): string[] {
  return [schema.getQueryType(), schema.getMutationType()].flatMap((type) => (type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [])).sort();
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** What a caller was told, the object's own identifiers masked: two answers that read alike tell a prober nothing. */
function answerOf(response: GraphQLResponse, object: ObjectRef) {
  const words = (typeof object === 'string' ? [object] : Object.values(object)).filter((w) => w.length >= 8);
  const mask = (text: string) => words.reduce((t, w) => t.split(w).join('<object>'), text).replace(UUID, '<id>');
  return mask(
    JSON.stringify({
      status: response.status,
      data: response.data ?? null,
      errors: response.errors?.map((e) => ({ message: e.message, code: e.extensions?.code, field: e.extensions?.field })) ?? [],
    }),
  );
}

/** Every table of a service's database, as one digest per table (the audit trail and the guess throttle aside: refusals are recorded there). */
async function digest(stack: Stack): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const service of Object.keys(stack.configs)) {
    const client = new Client({ connectionString: stack.configs[service].databaseUrl });
    await client.connect();
    try {
      const tables = (
        await client.query(
          `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
             AND table_name NOT IN ('audit_entry', 'migrations', 'guess_throttle', 'guess_attempt')`,
        )
      ).rows.map((r) => r.table_name as string);
      for (const table of tables) {
        // A key's last use is noted whenever it is presented, refused or not.
        const { rows } = await client.query(
          `SELECT count(*)::int AS n, md5(coalesce(string_agg((to_jsonb(t) - 'last_used_at')::text, '|' ORDER BY (to_jsonb(t) - 'last_used_at')::text), '')) AS h FROM "${table}" t`,
        );
        out[`${service}.${table}`] = `${rows[0].n}:${rows[0].h}`;
      }
    } finally {
      await client.end();
    }
  }
  return out;
}

function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((table) => before[table] !== after[table]);
}

describe('tenancy: another authority’s objects, through every operation of the API', () => {
  let stack: Stack;
  let receiver: Server;
  let schema: GraphQLSchema;
  let A: Tenant;
  let B: Tenant;
  const callers: Record<string, Headers> = {};
  const post = (query: string, variables: Record<string, unknown>, headers: Headers) => stack.query(query, variables, headers);

  beforeAll(async () => {
    schema = apiSchema();
    // Passes' demo history is large and not what this file checks; the other demos give the partners.
    stack = await startStack({ loadDemoData: { passes: false }, limits: { requestsPerMinute: 100_000 } });
    receiver = createServer((_, res) => res.writeHead(200).end());
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const webhookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
    const api = new ApiSetup(post, { timeoutMs: 60_000 });
    const placeOf = (organisationIds: string[], departement: string) => DEMO_PLACES.find((p) => p.inseeCode.startsWith(departement) && !organisationIds.includes(p.organisationId))!;
    const placeA = placeOf([], '59');
    const placeB = placeOf([placeA.organisationId], '80');
    A = await buildTenant(stack, api, { label: 'A', authorityOrganisationId: DEMO_REGION.organisationId, perimeter: { level: 'REGION', code: '32' }, zoneEpci: '200043396', distributorOrganisationId: DEMO_PARTNER_IDS.distributors[5], place: placeA }, webhookUrl);
    B = await buildTenant(
      stack,
      api,
      { label: 'B', authorityOrganisationId: DEPARTEMENT_DEMO.ownerOrganisationId, perimeter: { level: 'DEPARTEMENT', code: '80' }, zoneEpci: '248000531', distributorOrganisationId: DEMO_PARTNER_IDS.distributors[13], place: placeB },
      webhookUrl,
    );
    Object.assign(callers, {
      programme_manager: A.programme.staff.manager,
      finance_officer: A.programme.staff.finance,
      funder_auditor: A.programme.staff.auditor,
      distributor: A.distributorPerson,
      'distributor key': apiKey(await issuePartnerKey(api, A.distributorOrganisationId, 'distributor', [`handout:distributor:${A.distributorOrganisationId}`])),
      place: A.placePerson,
      'place key': apiKey(await issuePartnerKey(api, A.place.organisationId, 'place', [`redeem:place:${A.place.id}`])),
      // A person without a role of the provider's, administrator of the organisation they registered.
      person: A.founder,
      platform_operator: await api.person({ role: 'platform_operator', subject: 'operator-cross-tenant' }),
      public: {},
    });
  }, 300_000);
  afterAll(async () => {
    await stack?.stop();
    receiver?.closeAllConnections();
    await new Promise((resolve) => receiver?.close(resolve));
  }, 60_000);

  const entries = <E extends Entry>(is: (entry: Entry) => entry is E) => Object.entries(CROSS_TENANT).filter((pair): pair is [string, E] => is(pair[1]));
  const isObject = (e: Entry): e is ObjectEntry => 'object' in e;
  const isPublicObject = (e: Entry): e is PublicObjectEntry => 'publicObject' in e;
  const isList = (e: Entry): e is ListEntry => 'list' in e;

  it('has a tenant entry for every operation of the API, and for nothing else', () => {
    const api = rootOperations(schema);
    const listed = Object.keys(CROSS_TENANT).sort();
    expect({ withoutTenantRule: api.filter((o) => !listed.includes(o)), notInApi: listed.filter((o) => !api.includes(o)) }).toEqual({ withoutTenantRule: [], notInApi: [] });
  });

  it('answers the other authority’s object exactly as one that does not exist, to every caller, and changes nothing', async () => {
    const before = await digest(stack);
    const differences: string[] = [];
    for (const [operation, entry] of entries(isObject)) {
      const other = otherOf(entry.object, B);
      const missing = missingOf(entry.object);
      await Promise.all(
        Object.entries(callers)
          .filter(([who]) => entry.crossTenants?.caller !== who)
          .map(async ([who, headers]) => {
          const onOther = answerOf(await post(entry.document, entry.variables(other, A), headers), other);
          const onMissing = answerOf(await post(entry.document, entry.variables(missing, A), headers), missing);
          if (onOther !== onMissing) differences.push(`${operation} as ${who}:\n    other tenant's: ${onOther}\n    missing one:    ${onMissing}`);
          }),
      );
    }
    const changed = changedTables(before, await digest(stack));
    expect({ differences, changed }).toEqual({ differences: [], changed: [] });
  }, 300_000);

  it('answers the other authority’s private fields as it answers the public', async () => {
    const differences: string[] = [];
    for (const [operation, entry] of entries(isPublicObject)) {
      const variables = entry.variables(objectOf(entry.publicObject, B));
      const publicAnswer = await post(entry.document, variables, {});
      // The data: the errors may differ, as the public's roles are refused by the policy where
      // another tenant's people, whose roles it admits, find nothing of theirs.
      const shape = (r: GraphQLResponse) => JSON.stringify(r.data ?? null);
      for (const [who, headers] of Object.entries(callers)) {
        const answer = await post(entry.document, variables, headers);
        if (shape(answer) !== shape(publicAnswer)) differences.push(`${operation} as ${who}: ${shape(answer)}\n    the public:  ${shape(publicAnswer)}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('lists nothing of the other authority', async () => {
    const identifiers = [B.programme.id, B.statementId, B.zoneId, B.orderId, B.commitmentId, B.webhookId, B.credentialId, B.redemptionId];
    const leaks: string[] = [];
    for (const [operation, entry] of entries(isList)) {
      for (const [who, headers] of Object.entries(callers)) {
        const answer = JSON.stringify(await post(entry.list, entry.variables?.(A) ?? {}, headers));
        const seen = identifiers.filter((identifier) => answer.includes(identifier));
        if (seen.length > 0) leaks.push(`${operation} as ${who} shows ${seen.join(', ')}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it("refuses to export the other authority's print file, and leaves its one-time export to its own manager", async () => {
    const EXPORT = `mutation($id: ID!) { exportPrintFile(orderId: $id) { passCount } }`;
    const refused = await post(EXPORT, { id: B.unexportedOrderId }, callers.programme_manager);
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(refused.data?.exportPrintFile ?? null).toBeNull();
    const byItsOwner = await post(EXPORT, { id: B.unexportedOrderId }, B.programme.staff.manager);
    expect(byItsOwner.errors).toBeUndefined();
    expect(byItsOwner.data.exportPrintFile.passCount).toBe(10);
  });

  it("tells each operation's own objects apart from missing ones for the callers who may use it (the check above is not vacuous)", async () => {
    const order = (entry: ObjectEntry) => (entry.consumes === 'programme' ? 2 : entry.consumes ? 1 : 0);
    const vacuous: string[] = [];
    for (const [operation, entry] of entries(isObject).sort(([, a], [, b]) => order(a) - order(b))) {
      const own = objectOf(entry.object, A);
      const missing = missingOf(entry.object);
      let toldApart = false;
      for (const [, headers] of Object.entries(callers)) {
        const onOwn = await post(entry.document, entry.variables(own, A), headers);
        if (onOwn.errors?.some((e) => isPolicyDenial(e))) continue;
        const onMissing = await post(entry.document, entry.variables(missing, A), headers);
        if (answerOf(onOwn, own) !== answerOf(onMissing, missing)) toldApart = true;
      }
      if (!toldApart) vacuous.push(operation);
    }
    expect(vacuous).toEqual([]);
  }, 300_000);
});
