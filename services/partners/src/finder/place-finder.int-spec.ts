// Integration: the public finder on a real database — the places that accept a programme's
// passes near a commune, a postal code or a position, nearest first, with their hours in plain
// French, for the anonymous public.
import { randomUUID } from 'node:crypto';
import { callSubgraph, deleteTestStreams, dropDatabase, testServiceConfig } from '@pass-numerique/testing';
import { ManualClock } from '@pass-numerique/kernel';
import { startPartnersService } from '../server';
import { ANONYMOUS, dataOf, qualify, registerOrganisation, registerPlace } from '../testing/partners-test-kit';

// Monday 7 December 2026, 10:00 in Paris.
const NOW = new Date('2026-12-07T09:00:00Z');
const FIND = `query($near: FinderOriginInput, $programmeId: ID, $territory: TerritoryRefInput, $service: MediationService, $openNow: Boolean, $first: Int) {
  findPlaces(near: $near, programmeId: $programmeId, territory: $territory, service: $service, openNow: $openNow, first: $first) {
    origin { kind communes { code name } location { latitude longitude } approximate }
    radiusKilometres
    places { place { name phone services specificSupports } distanceMetres openNow openingStatus openingHoursText directionsUrl }
  }
}`;

describe('partners: the public finder', () => {
  const config = { ...testServiceConfig('partners'), loadDemoData: false };
  let service: Awaited<ReturnType<typeof startPartnersService>>;
  const programme = randomUUID();
  const otherProgramme = randomUUID();
  const find = async (variables: Record<string, unknown>) => (await dataOf(callSubgraph(service.url, FIND, { programmeId: programme, ...variables }, ANONYMOUS))).findPlaces;
  const names = (result: { places: Array<{ place: { name: string } }> }) => result.places.map((p) => p.place.name);
  const codeOf = async (variables: Record<string, unknown>) => (await callSubgraph(service.url, FIND, { programmeId: programme, ...variables }, ANONYMOUS)).errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    service = await startPartnersService(config, { clock: new ManualClock(NOW) });
    const organisation = await registerOrganisation(service.url);
    const place = (name: string, address: Record<string, string>, location: { latitude: number; longitude: number } | null, extra: Record<string, unknown> = {}) =>
      registerPlace(service.url, organisation, { name, address: { street: '1 place de la Mairie', ...address }, location, ...extra });
    const amiens = await place('Médiathèque Amiens', { postalCode: '80000', inseeCode: '80021' }, { latitude: 49.8925, longitude: 2.2986 }, {
      openingHours: 'Mo-Fr 09:00-12:00,14:00-18:00',
      services: ['ADMINISTRATIVE_PROCEDURES', 'EVERYDAY_DIGITAL_TOOLS'],
      specificSupports: ['MOTOR_DISABILITIES'],
      phone: '+33322971010',
    });
    const abbeville = await place('Espace numérique Abbeville', { postalCode: '80100', inseeCode: '80001' }, { latitude: 50.1054, longitude: 1.8332 }, {
      openingHours: 'Sa 09:00-12:00',
      services: ['EVERYDAY_DIGITAL_TOOLS'],
    });
    await place('Point numérique Amiens (pas qualifié)', { postalCode: '80000', inseeCode: '80021' }, { latitude: 49.893, longitude: 2.299 });
    const lille = await place('Tiers-lieu Lille', { postalCode: '59000', inseeCode: '59350' }, { latitude: 50.6365, longitude: 3.0635 });
    const ajaccio = await place('Point numérique Ajaccio (sans position)', { postalCode: '20000', inseeCode: '2A004' }, null);
    await qualify(service.url, ajaccio, organisation, programme);
    const alata = await place('Espace numérique Alata (sans position)', { postalCode: '20167', inseeCode: '2A006' }, null);
    await qualify(service.url, alata, organisation, programme);
    await qualify(service.url, amiens, organisation, programme);
    await qualify(service.url, abbeville, organisation, programme);
    await qualify(service.url, lille, organisation, otherProgramme);
  });
  afterAll(async () => {
    await service?.stop();
    await dropDatabase(config.databaseUrl);
    await deleteTestStreams(config.eventPrefix);
  });

  it("finds the programme's places nearest a commune first, with distance, hours in plain French, open now, and no private field", async () => {
    const result = await find({ near: { inseeCode: '80021' } });
    expect(result.origin).toEqual({ kind: 'COMMUNE', communes: [{ code: '80021', name: 'Amiens' }], location: expect.any(Object), approximate: true });
    expect(result.radiusKilometres).toBe(100);
    expect(names(result)).toEqual(['Médiathèque Amiens', 'Espace numérique Abbeville']);
    const [amiens, abbeville] = result.places;
    expect(amiens).toMatchObject({
      place: { phone: '+33322971010', services: ['ADMINISTRATIVE_PROCEDURES', 'EVERYDAY_DIGITAL_TOOLS'], specificSupports: ['MOTOR_DISABILITIES'] },
      openNow: true,
      openingStatus: "Ouvert jusqu'à 12 h",
      openingHoursText: ['Du lundi au vendredi : de 9 h à 12 h et de 14 h à 18 h', 'Samedi et dimanche : fermé'],
      directionsUrl: 'https://www.openstreetmap.org/directions?route=%3B49.8925%2C2.2986',
    });
    expect(amiens.distanceMetres).toBeLessThan(100);
    expect(abbeville).toMatchObject({ openNow: false, openingStatus: 'Fermé, ouvre samedi à 9 h' });
    expect(abbeville.distanceMetres).toBeGreaterThan(35_000);
    expect(abbeville.distanceMetres).toBeLessThan(45_000);
  });

  it('keeps the places open now, or offering a service, when asked', async () => {
    expect(names(await find({ near: { inseeCode: '80021' }, openNow: true }))).toEqual(['Médiathèque Amiens']);
    expect(names(await find({ near: { inseeCode: '80021' }, service: 'ADMINISTRATIVE_PROCEDURES' }))).toEqual(['Médiathèque Amiens']);
    expect(names(await find({ near: { inseeCode: '80021' }, service: 'EVERYDAY_DIGITAL_TOOLS' }))).toHaveLength(2);
  });

  it("finds from a postal code (every commune it serves) and from a position; each programme's places only", async () => {
    const byPostalCode = await find({ near: { postalCode: '80100' } });
    expect(byPostalCode.origin.kind).toBe('POSTAL_CODE');
    expect(byPostalCode.origin.communes.map((c: { name: string }) => c.name)).toContain('Abbeville');
    expect(names(byPostalCode)[0]).toBe('Espace numérique Abbeville');
    const byPosition = await find({ near: { latitude: 50.63, longitude: 3.06 }, programmeId: otherProgramme });
    expect(byPosition.origin).toMatchObject({ kind: 'POSITION', approximate: false, location: { latitude: 50.63, longitude: 3.06 } });
    expect(names(byPosition)).toEqual(['Tiers-lieu Lille']);
    // Any programme's accepting places when none is named; the unqualified place never.
    expect(names(await find({ near: { latitude: 50.29, longitude: 2.78 }, programmeId: null }))).toEqual(['Tiers-lieu Lille', 'Médiathèque Amiens', 'Espace numérique Abbeville']);
  });

  it('finds by programme or territory without an origin, by name', async () => {
    const result = await find({ territory: { level: 'DEPARTEMENT', code: '80' }, programmeId: null });
    expect(result.origin).toBeNull();
    expect(names(result)).toEqual(['Espace numérique Abbeville', 'Médiathèque Amiens']); // not Ajaccio's: outside the territory
    expect(result.places[0].distanceMetres).toBeNull();
  });

  it("lists by name the places of the département of a commune with no located place around it", async () => {
    const result = await find({ near: { inseeCode: '2A004' } });
    expect(result.origin).toMatchObject({ kind: 'COMMUNE', location: null, approximate: true });
    expect(names(result)).toEqual(['Point numérique Ajaccio (sans position)', 'Espace numérique Alata (sans position)']);
    expect(names(await find({ near: { inseeCode: '2A006' } }))).toEqual(['Espace numérique Alata (sans position)', 'Point numérique Ajaccio (sans position)']);
  });

  it('answers bad input with a code, never an error page', async () => {
    expect(await codeOf({ near: { inseeCode: '99999' } })).toBe('UNKNOWN_COMMUNE');
    expect(await codeOf({ near: { inseeCode: 'abc' } })).toBe('UNKNOWN_COMMUNE');
    expect(await codeOf({ near: { postalCode: '00000' } })).toBe('UNKNOWN_POSTAL_CODE');
    expect(await codeOf({ near: { latitude: 40.4, longitude: -3.7 } })).toBe('OUTSIDE_FRANCE');
    expect(await codeOf({ near: { latitude: 49.9 } })).toBe('BAD_USER_INPUT');
    expect(await codeOf({ near: { inseeCode: '80021', postalCode: '80000' } })).toBe('BAD_USER_INPUT');
    expect(await codeOf({ first: 500 })).toBe('BAD_USER_INPUT');
    expect(await codeOf({ programmeId: 'not-an-id' })).toBe('INVALID_ID');
  });

  it('reads the nearest places from the position index', async () => {
    const runner = service.dataSource.createQueryRunner();
    let plan: Array<{ 'QUERY PLAN': string }>;
    try {
      await runner.query('SET enable_seqscan = off');
      plan = await runner.query(
        `EXPLAIN SELECT id FROM place p WHERE p.latitude IS NOT NULL AND p.longitude IS NOT NULL AND point(p.longitude, p.latitude) <@ box(point(1, 49), point(3, 51)) ORDER BY point(p.longitude, p.latitude) <-> point(2, 50) LIMIT 5`,
      );
      await runner.query('RESET enable_seqscan');
    } finally {
      await runner.release();
    }
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('place_position');
  });
});
