// Integration: programme zones on a real PostgreSQL and NATS — the demo pilot zone, the zone
// lifecycle with its events, and zones refused whole.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DEPARTEMENT_DEMO, PILOT_ZONE, PILOT_ZONE_ARRONDISSEMENTS } from '@pass-numerique/demo-programme';
import { ANONYMOUS } from '@pass-numerique/service-kit';
import { caller, callSubgraph, eventually, lastPublishedEvent, useTestService } from '@pass-numerique/testing';
import { startTerritoryService } from '../server';

const rawCommunes: Array<{ code: string; type: string; arrondissement?: string; population?: number }> = JSON.parse(
  readFileSync(require.resolve('@etalab/decoupage-administratif/data/communes.json'), 'utf8'),
);
const rawEpcis: Array<{ code: string; membres: Array<{ code: string }> }> = JSON.parse(
  readFileSync(require.resolve('@etalab/decoupage-administratif/data/epci.json'), 'utf8'),
);
const arrondissementOf = new Map(rawCommunes.filter((c) => c.type === 'commune-actuelle').map((c) => [c.code, c.arrondissement]));
const inPact = (code: string) => (PILOT_ZONE_ARRONDISSEMENTS as readonly string[]).includes(arrondissementOf.get(code) ?? '');

const ZONE = `id name version passQuota note population programme { id }
  definition { communes { code } epcis { code name } }
  members(first: 500) { totalCount edges { node { level code } } }
  territory { level code name }`;
const DEFINE = `mutation($input: DefineZoneInput!) { defineZone(input: $input) { ${ZONE} } }`;
const CHANGE = `mutation($id: ID!, $input: ChangeZoneInput!) { changeZone(id: $id, input: $input) { ${ZONE} } }`;
const RENAME = `mutation($id: ID!, $name: String!, $v: Int) { renameZone(id: $id, name: $name, expectedVersion: $v) { id name version } }`;
const DELETE = `mutation($id: ID!) { deleteZone(id: $id) { id name } }`;
const CONTAINS = `query($level: TerritoryLevel!, $code: String!, $commune: String!) { territory(level: $level, code: $code) { contains(communeCode: $commune) } }`;

// Two small EPCIs of the Somme, and one commune outside them.
const HAUTE_SOMME = '200037059';
const peronne = '80620';
const amiens = '80021';

describe('territory subgraph: programme zones', () => {
  const { config, service } = useTestService('territory', startTerritoryService, { loadDemoData: true });
  /** The programme the zones of these tests are drawn for, and its manager, who draws them. */
  const programmeId = randomUUID();
  const manager = caller('programme_manager', { programmeId });
  const call = (query: string, variables: Record<string, unknown> = {}) => callSubgraph(service.url, query, variables, manager);
  const publicly = (query: string, variables: Record<string, unknown> = {}) => callSubgraph(service.url, query, variables, ANONYMOUS);
  const freshName = () => `Zone d'essai ${randomUUID().slice(0, 8)}`;
  const publishedFor = <P extends { zoneId: string; version?: number }>(type: string, zoneId: string, version?: number) =>
    eventually(async () => {
      const event = await lastPublishedEvent<P>(service.bus, type);
      return event?.payload.zoneId === zoneId && (version === undefined || event.payload.version === version) ? event.payload : undefined;
    }, 10_000, type);

  it('chose the pilot zone EPCIs by data: exactly those with communes in the arrondissements of Avesnes-sur-Helpe and Vervins', () => {
    const touching = rawEpcis.filter((e) => e.membres.some((m) => inPact(m.code))).map((e) => e.code).sort();
    expect(touching).toEqual([...PILOT_ZONE.epcis].sort());
    for (const epci of rawEpcis.filter((e) => touching.includes(e.code))) expect(epci.membres.every((m) => inPact(m.code))).toBe(true);
  });

  it('loads the demo pilot zone once, with every commune of the pact territory and its 5,000-pass quota', async () => {
    const again = await startTerritoryService({ ...config, port: 0 });
    await again.stop();
    const { data, errors } = await publicly(`query($id: ID!) { zone(id: $id) { ${ZONE} } }`, { id: PILOT_ZONE.id });
    expect(errors).toBeUndefined();
    const zone = data.zone;
    const pactCommunes = [...arrondissementOf.keys()].filter(inPact).sort();
    expect(zone).toMatchObject({ name: PILOT_ZONE.name, passQuota: 5_000, version: 1, programme: { id: PILOT_ZONE.programmeId } });
    expect(zone.definition.epcis).toHaveLength(8);
    expect(zone.members.totalCount).toBe(pactCommunes.length);
    expect(zone.members.edges.map((e: { node: { code: string } }) => e.node.code)).toEqual(pactCommunes);
    expect(zone.territory).toEqual({ level: 'ZONE', code: PILOT_ZONE.id, name: PILOT_ZONE.name });
    const populationOf = new Map(rawCommunes.filter((c) => c.type === 'commune-actuelle').map((c) => [c.code, c.population ?? 0]));
    expect(zone.population).toBe(pactCommunes.reduce((sum, code) => sum + populationOf.get(code)!, 0));
  });

  it('answers membership questions for the pilot zone and for administrative territories', async () => {
    const asks: Array<[string, string, string, boolean]> = [
      ['ZONE', PILOT_ZONE.id, '59392', true], // Maubeuge
      ['ZONE', PILOT_ZONE.id, '59036', true], // Avesnes-sur-Helpe
      ['ZONE', PILOT_ZONE.id, '02789', true], // Vervins
      ['ZONE', PILOT_ZONE.id, '59350', false], // Lille
      ['ZONE', PILOT_ZONE.id, peronne, false],
      ['REGION', '32', peronne, true],
      ['DEPARTEMENT', '32', peronne, false],
      ['DEPARTEMENT', '80', peronne, true],
      ['EPCI', HAUTE_SOMME, peronne, true],
      ['EPCI', HAUTE_SOMME, amiens, false],
      ['COMMUNE', peronne, peronne, true],
    ];
    for (const [level, code, commune, expected] of asks) {
      const { data, errors } = await publicly(CONTAINS, { level, code, commune });
      expect({ level, code, commune, errors, contains: data?.territory?.contains }).toEqual({ level, code, commune, errors: undefined, contains: expected });
    }
  });

  it('defines a zone from communes and an EPCI, and publishes territory.zone.defined.v1 with the member communes', async () => {
    const { data, errors } = await call(DEFINE, { input: { name: freshName(), programmeId, communes: [amiens, peronne], epcis: [HAUTE_SOMME], passQuota: 120 } });
    expect(errors).toBeUndefined();
    const zone = data.defineZone;
    const members: string[] = zone.members.edges.map((e: { node: { code: string } }) => e.node.code);
    expect(members).toContain(amiens);
    expect(members).toContain(peronne);
    expect(members.filter((c) => c === peronne)).toHaveLength(1);
    const event = await publishedFor<{ zoneId: string; memberCommunes: string[]; programmeId: string; passQuota: number; definition: unknown }>(
      'territory.zone.defined.v1',
      zone.id,
    );
    expect(event.memberCommunes).toEqual(members);
    expect(event).toMatchObject({ programmeId, passQuota: 120, definition: { communes: [amiens, peronne], epcis: [HAUTE_SOMME] } });
  });

  it('refuses a zone naming unknown communes, whole, listing the offending codes', async () => {
    const name = freshName();
    const { data, errors } = await call(DEFINE, { input: { name, programmeId, communes: [peronne, '99999', '59999'], epcis: ['999999999'] } });
    expect(data).toBeNull();
    expect(errors?.[0].extensions).toMatchObject({
      code: 'UNKNOWN_ZONE_MEMBERS',
      field: 'communes',
      unknownCommunes: ['59999', '99999'],
      unknownEpcis: ['999999999'],
    });
    const [{ count }] = await service.dataSource.query(`SELECT count(*)::int AS count FROM zone WHERE name = $1`, [name]);
    expect(count).toBe(0);
    const [{ events }] = await service.dataSource.query(`SELECT count(*)::int AS events FROM outbox_event WHERE payload->>'name' = $1`, [name]);
    expect(events).toBe(0);
  });

  it('refuses malformed codes apart from unknown ones, and an empty zone', async () => {
    const malformed = await call(DEFINE, { input: { name: freshName(), programmeId, communes: ['ABC', '1234', '2A004'] } });
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'MALFORMED_CODE', field: 'communes', malformedCommunes: ['1234', 'ABC'] });
    const empty = await call(DEFINE, { input: { name: freshName(), programmeId, communes: [], epcis: [] } });
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'EMPTY_ZONE', field: 'communes' });
  });

  it('renames a zone, refusing a name another zone of the programme has and a stale version', async () => {
    const taken = freshName();
    await call(DEFINE, { input: { name: taken, programmeId, communes: [amiens] } });
    const { data } = await call(DEFINE, { input: { name: freshName(), programmeId, communes: [peronne] } });
    const id = data.defineZone.id;

    const clash = await call(RENAME, { id, name: taken.toUpperCase() });
    expect(clash.errors?.[0].extensions).toMatchObject({ code: 'ZONE_NAME_TAKEN', field: 'name' });

    const renamed = await call(RENAME, { id, name: 'Haute Somme', v: 1 });
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data.renameZone).toEqual({ id, name: 'Haute Somme', version: 2 });
    const event = await publishedFor<{ zoneId: string; changes: string[]; memberCommunes: string[]; name: string }>('territory.zone.changed.v1', id, 2);
    expect(event).toMatchObject({ changes: ['NAME'], name: 'Haute Somme', memberCommunes: [peronne] });

    const stale = await call(RENAME, { id, name: 'Encore', v: 1 });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'ZONE_VERSION_CONFLICT', currentVersion: 2 });
  });

  it('changes a zone\'s members and publishes the communes added and removed', async () => {
    const { data } = await call(DEFINE, { input: { name: freshName(), programmeId, communes: [amiens, peronne] } });
    const id = data.defineZone.id;
    const changed = await call(CHANGE, { id, input: { communes: [amiens], epcis: [HAUTE_SOMME], passQuota: null } });
    expect(changed.errors).toBeUndefined();
    const members: string[] = changed.data.changeZone.members.edges.map((e: { node: { code: string } }) => e.node.code);
    const event = await publishedFor<{ zoneId: string; changes: string[]; addedCommunes: string[]; removedCommunes: string[]; memberCommunes: string[] }>(
      'territory.zone.changed.v1',
      id,
      2,
    );
    expect(event.changes).toEqual(['DEFINITION', 'MEMBERS']);
    expect(event.memberCommunes).toEqual(members);
    expect(event.removedCommunes).toEqual([]);
    expect(event.addedCommunes).toEqual(members.filter((c) => c !== amiens && c !== peronne));

    const refused = await call(CHANGE, { id, input: { communes: ['80620', '80999'] } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'UNKNOWN_ZONE_MEMBERS', unknownCommunes: ['80999'] });
    const after = await call(`query($id: ID!) { zone(id: $id) { version members { totalCount } } }`, { id });
    expect(after.data.zone).toEqual({ version: 2, members: { totalCount: members.length } });
  });

  it('deletes a zone and publishes territory.zone.deleted.v1 with its last members', async () => {
    const { data } = await call(DEFINE, { input: { name: freshName(), programmeId, communes: [peronne, amiens] } });
    const id = data.defineZone.id;
    const deleted = await call(DELETE, { id });
    expect(deleted.errors).toBeUndefined();
    const event = await publishedFor<{ zoneId: string; memberCommunes: string[] }>('territory.zone.deleted.v1', id);
    expect(event.memberCommunes).toEqual([amiens, peronne]);
    const gone = await publicly(`query($id: ID!) { zone(id: $id) { id } }`, { id });
    expect(gone.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const again = await call(DELETE, { id });
    expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('re-expands zones when a new map version is imported, announcing the members that changed', async () => {
    const { data } = await call(DEFINE, { input: { name: freshName(), programmeId, epcis: [HAUTE_SOMME] } });
    const id = data.defineZone.id;
    // As if last year's map had one commune fewer in the EPCI, and the package had since been upgraded.
    await service.dataSource.query(`DELETE FROM zone_member WHERE zone_id = $1 AND commune_code = $2`, [id, peronne]);
    await service.dataSource.query(`UPDATE reference_import SET package_version = '0.0.0-test'`);
    const restarted = await startTerritoryService({ ...config, port: 0, loadDemoData: false });
    await restarted.stop();
    const event = await publishedFor<{ zoneId: string; changes: string[]; addedCommunes: string[] }>('territory.zone.changed.v1', id, 2);
    expect(event).toMatchObject({ changes: ['MEMBERS'], addedCommunes: [peronne] });
    const { data: after } = await publicly(CONTAINS, { level: 'ZONE', code: id, commune: peronne });
    expect(after.territory.contains).toBe(true);
  });

  it('lets only programme managers write zones, each for a programme, and anyone read them', async () => {
    const denied = await callSubgraph(service.url, DEFINE, { input: { name: freshName(), programmeId, communes: [peronne] } }, caller('distributor', { organisationId: randomUUID() }));
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const staff = await callSubgraph(service.url, DEFINE, { input: { name: freshName(), programmeId, communes: [peronne] } }, caller('finance_officer', { programmeId }));
    expect(staff.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const name = freshName();
    const unattached = await call(DEFINE, { input: { name, communes: [peronne] } });
    expect(unattached.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'programmeId' });
    const [{ count }] = await service.dataSource.query(`SELECT count(*)::int AS count FROM zone WHERE name = $1`, [name]);
    expect(count).toBe(0);
    const read = await publicly(`{ zones(first: 5) { totalCount } }`);
    expect(read.errors).toBeUndefined();
    expect(read.data.zones.totalCount).toBeGreaterThan(0);
  });

  it("loads the Département de la Somme's demo zone once, for its programme, next to the pilot zone", async () => {
    const { zone } = DEPARTEMENT_DEMO;
    const { data, errors } = await publicly(`query($programmeId: ID) { zones(programmeId: $programmeId) { totalCount edges { node { ${ZONE} } } } }`, { programmeId: zone.programmeId });
    expect(errors).toBeUndefined();
    expect(data.zones.totalCount).toBe(1);
    const [loaded] = data.zones.edges.map((e: { node: unknown }) => e.node);
    const expectedMembers = rawEpcis.filter((e) => (zone.epcis as readonly string[]).includes(e.code)).flatMap((e) => e.membres.map((m) => m.code)).sort();
    expect(loaded).toMatchObject({ id: zone.id, name: zone.name, version: 1, passQuota: 600, note: zone.note, programme: { id: DEPARTEMENT_DEMO.programme.id } });
    expect(loaded.definition.epcis.map((e: { code: string }) => e.code)).toEqual([...zone.epcis].sort());
    expect(loaded.members.totalCount).toBe(expectedMembers.length);
    expect(expectedMembers.filter((code) => !code.startsWith('80'))).toEqual([]); // inside the programme's perimeter
    expect(loaded.members.edges.map((e: { node: { code: string } }) => e.node.code)).toEqual(expectedMembers);
    const [{ count }] = await service.dataSource.query(`SELECT count(*)::int AS count FROM zone WHERE id = ANY($1::uuid[])`, [[zone.id, PILOT_ZONE.id]]);
    expect(count).toBe(2);
  });
});
