// Integration: two programmes' zones on one territory service. Zones stay open data for anyone;
// programme A's manager is answered about programme B's zones exactly as about zones (and a
// programme) that do not exist — same data, code, message and field — and nothing of B changes.
import { randomUUID } from 'node:crypto';
import { ANONYMOUS, type Identity } from '@pass-numerique/service-kit';
import { caller, callSubgraph, type GraphQLResponse, identityOf, useTestService } from '@pass-numerique/testing';
import { startTerritoryService } from './server';

const DEFINE = `mutation($input: DefineZoneInput!) { defineZone(input: $input) { id version } }`;
const RENAME = `mutation($id: ID!, $name: String!, $v: Int) { renameZone(id: $id, name: $name, expectedVersion: $v) { id name version } }`;
const CHANGE = `mutation($id: ID!, $input: ChangeZoneInput!) { changeZone(id: $id, input: $input) { id version } }`;
const DELETE = `mutation($id: ID!, $v: Int) { deleteZone(id: $id, expectedVersion: $v) { id } }`;
const ZONE = `query($id: ID!) { zone(id: $id) { id name version passQuota note members { totalCount } programme { id } } }`;
const TRAIL = `{ territoryAuditTrail(first: 100) { edges { node { operation programmeIds outcome } } } }`;

const peronne = '80620';
const amiens = '80021';

/** What a caller is told, the id it named written as <id>, without the path. */
function told(response: GraphQLResponse, id: string) {
  return JSON.parse(
    JSON.stringify({ data: response.data ?? null, errors: response.errors?.map((e) => ({ message: e.message, extensions: e.extensions })) }).replaceAll(id, '<id>'),
  );
}

describe('territory: one programme never changes another’s zones', () => {
  const { service } = useTestService('territory', startTerritoryService, { loadDemoData: false });
  const call = (identity: Identity, query: string, variables: Record<string, unknown> = {}) => callSubgraph(service.url, query, variables, identity);
  const programmeA = randomUUID();
  const programmeB = randomUUID();
  const managerOfA = caller('programme_manager', { programmeId: programmeA });
  const managerOfB = caller('programme_manager', { programmeId: programmeB });
  let zoneOfA: string;
  let zoneOfB: string;

  /** Everything territory holds of a zone, and the events written: to show that a refused call changed nothing. */
  async function stateOf(zoneId: string) {
    const [row] = await service.dataSource.query(
      `SELECT (SELECT row_to_json(z) FROM zone z WHERE z.id = $1) AS zone,
              (SELECT count(*)::int FROM zone_member WHERE zone_id = $1) AS members,
              (SELECT count(*)::int FROM zone_definition WHERE zone_id = $1) AS definition,
              (SELECT count(*)::int FROM outbox_event) AS events`,
      [zoneId],
    );
    return row;
  }

  beforeAll(async () => {
    zoneOfA = (await call(managerOfA, DEFINE, { input: { name: 'Santerre', programmeId: programmeA, communes: [peronne] } })).data.defineZone.id;
    zoneOfB = (await call(managerOfB, DEFINE, { input: { name: 'Amiénois', programmeId: programmeB, communes: [amiens], passQuota: 40 } })).data.defineZone.id;
  });

  it("answers a change to another programme's zone as one to a zone that does not exist, whatever version it names, and changes nothing", async () => {
    const before = await stateOf(zoneOfB);
    const writes: Array<[string, (id: string) => Record<string, unknown>]> = [
      [RENAME, (id) => ({ id, name: 'Autre nom' })],
      [RENAME, (id) => ({ id, name: 'Autre nom', v: 7 })],
      [CHANGE, (id) => ({ id, input: { communes: [peronne], passQuota: 1 } })],
      [CHANGE, (id) => ({ id, input: { communes: ['99999'] } })],
      [CHANGE, (id) => ({ id, input: { note: 'x', expectedVersion: 7 } })],
      [DELETE, (id) => ({ id })],
      [DELETE, (id) => ({ id, v: 7 })],
    ];
    // A role in B that writing zones does not admit does not reach B's zones either.
    const managerOfAStaffOfB = identityOf({ grants: [{ role: 'programme_manager', programmeId: programmeA }, { role: 'finance_officer', programmeId: programmeB }, { role: 'funder_auditor', programmeId: programmeB }] });
    for (const writer of [managerOfA, managerOfAStaffOfB]) {
      for (const [mutation, variables] of writes) {
        const theirs = await call(writer, mutation, variables(zoneOfB));
        const missing = randomUUID();
        expect(theirs.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND', field: 'id' });
        expect(told(theirs, zoneOfB)).toEqual(told(await call(writer, mutation, variables(missing)), missing));
      }
    }
    expect(await stateOf(zoneOfB)).toEqual(before);
    expect((await call(ANONYMOUS, ZONE, { id: zoneOfB })).data.zone).toEqual({ id: zoneOfB, name: 'Amiénois', version: 1, passQuota: 40, note: null, members: { totalCount: 1 }, programme: { id: programmeB } });
    // Its own manager still may: the refusals were about the caller, not the zone.
    expect((await call(managerOfB, RENAME, { id: zoneOfB, name: 'Amiénois nord', v: 1 })).data.renameZone).toEqual({ id: zoneOfB, name: 'Amiénois nord', version: 2 });
    expect((await call(managerOfA, RENAME, { id: zoneOfA, name: 'Santerre sud', v: 1 })).data.renameZone).toEqual({ id: zoneOfA, name: 'Santerre sud', version: 2 });
  });

  it('answers a zone drawn for another programme as for a programme that does not exist, and writes nothing', async () => {
    const events = await stateOf(zoneOfB);
    const name = 'Zone étrangère';
    const input = (programmeId: string) => ({ input: { name, programmeId, communes: [amiens] } });
    const theirs = await call(managerOfA, DEFINE, input(programmeB));
    const missing = randomUUID();
    expect(theirs.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND', field: 'programmeId' });
    expect(told(theirs, programmeB)).toEqual(told(await call(managerOfA, DEFINE, input(missing)), missing));
    const [{ count }] = await service.dataSource.query(`SELECT count(*)::int AS count FROM zone WHERE name = $1`, [name]);
    expect(count).toBe(0);
    expect((await stateOf(zoneOfB)).events).toBe(events.events);
  });

  it('keeps zones open data: anyone reads both programmes’ zones', async () => {
    for (const reader of [ANONYMOUS, managerOfA, caller('place', { organisationId: randomUUID() })]) {
      const { data, errors } = await call(reader, `{ zones(first: 10) { totalCount edges { node { id programme { id } } } } }`);
      expect(errors).toBeUndefined();
      expect(data.zones.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual([zoneOfA, zoneOfB].sort());
    }
  });

  it("shows each programme's staff the audit trail of their own programme's zones only", async () => {
    const trailOf = async (identity: Identity) =>
      (await call(identity, TRAIL)).data.territoryAuditTrail.edges.map((e: { node: { operation: string; programmeIds: string[]; outcome: string } }) => e.node);
    const ofA = await trailOf(caller('finance_officer', { programmeId: programmeA }));
    expect(ofA.map((entry: { operation: string; outcome: string }) => [entry.operation, entry.outcome])).toEqual(
      expect.arrayContaining([
        ['defineZone', 'OK'],
        ['renameZone', 'OK'],
      ]),
    );
    expect(ofA.every((entry: { programmeIds: string[] }) => entry.programmeIds.length === 1 && entry.programmeIds[0] === programmeA)).toBe(true);
    const ofB = await trailOf(managerOfB);
    expect(ofB.every((entry: { programmeIds: string[] }) => entry.programmeIds.length === 1 && entry.programmeIds[0] === programmeB)).toBe(true);
    expect((await call(caller('funder_auditor', { programmeId: programmeA }), TRAIL)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
