// Integration: the migration that qualifies places per programme, on a database shaped as before it
// with a place qualified the old way (one status, one history for every programme).
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { openDatabase } from '@pass-numerique/service-kit';
import { createTestDatabase, dropDatabase } from '@pass-numerique/testing';
import { partnersSubgraph } from '../../server';
import { QualifyPlacesPerProgramme1767100000000 } from './1767100000000-qualify-places-per-programme';

const ALL = partnersSubgraph({ credentialPepper: 'a-test-pepper-that-is-long-enough-0123456789', webhooks: { secretKey: Buffer.alloc(32), allowLocalHttp: true }, documents: { linkKey: Buffer.alloc(32), storage: { kind: 'postgres' } } }).migrations;
// The database as it was: the migrations before this one (later ones may rely on its tables); then this one.
const BEFORE = ALL.slice(0, ALL.indexOf(QualifyPlacesPerProgramme1767100000000));
const THROUGH_IT = ALL.slice(0, ALL.indexOf(QualifyPlacesPerProgramme1767100000000) + 1);

describe('migration: qualification per programme', () => {
  let url: string;
  let dataSource: DataSource | undefined;

  beforeEach(async () => {
    url = await createTestDatabase('partners_migration');
  });
  afterEach(async () => {
    await dataSource?.destroy();
    dataSource = undefined;
    await dropDatabase(url);
  });

  async function before() {
    dataSource = await openDatabase({ url, entities: [], migrations: BEFORE });
    const organisationId = randomUUID();
    await dataSource.query(
      `INSERT INTO organisation (id, name, legal_kind, siret, siren, address, postal_code, insee_code, registered_at)
       VALUES ($1, 'Association test', 'ASSOCIATION', '73282932000074', '732829320', '1 rue Haute', '80000', '80021', now())`,
      [organisationId],
    );
    const place = async (status: string | null, iban: string | null) => {
      const id = randomUUID();
      await dataSource!.query(
        `INSERT INTO place (id, organisation_id, external_id, name, street, postal_code, insee_code, services, iban, qualification_status, created_at, updated_at)
         VALUES ($1::uuid, $2, $1::text, 'Lieu', '1 rue Haute', '80000', '80021', '{Aide aux démarches administratives}', $3, $4, now(), now())`,
        [id, organisationId, iban, status],
      );
      return id;
    };
    return { organisationId, place };
  }
  const step = (placeId: string, action: string, from: string | null, to: string, at: string, by: string) =>
    dataSource!.query(`INSERT INTO qualification_step (id, place_id, action, from_status, to_status, at, by) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [randomUUID(), placeId, action, from, to, at, by]);

  it("moves each place's qualification, status and history, to every programme of the agreements, and keeps it accepting passes", async () => {
    const { organisationId, place } = await before();
    const [a, b] = [randomUUID(), randomUUID()].sort();
    for (const programmeId of [a, b, a]) {
      await dataSource!.query(
        `INSERT INTO agreement (id, programme_id, organisation_id, role, starts_on, signed_at, recorded_by) VALUES ($1, $2, $3, 'DISTRIBUTOR', '2020-01-01', now(), 'test')`,
        [randomUUID(), programmeId, organisationId],
      );
    }
    const qualified = await place('QUALIFIED', 'FR7630006000011234567890189');
    await step(qualified, 'APPLY', null, 'APPLIED', '2020-02-01T10:00:00Z', 'staff');
    await step(qualified, 'QUALIFY', 'APPLIED', 'QUALIFIED', '2020-02-03T10:00:00Z', 'manager');
    const applied = await place('APPLIED', 'FR7630006000011234567890189');
    await step(applied, 'APPLY', null, 'APPLIED', '2020-03-01T10:00:00Z', 'staff');
    const never = await place(null, null);
    await dataSource!.destroy();

    dataSource = await openDatabase({ url, entities: [], migrations: THROUGH_IT });
    expect(await dataSource.query(`SELECT place_id, programme_id, status, applied_at FROM place_qualification ORDER BY status, programme_id`)).toEqual([
      { place_id: applied, programme_id: a, status: 'APPLIED', applied_at: new Date('2020-03-01T10:00:00Z') },
      { place_id: applied, programme_id: b, status: 'APPLIED', applied_at: new Date('2020-03-01T10:00:00Z') },
      { place_id: qualified, programme_id: a, status: 'QUALIFIED', applied_at: new Date('2020-02-01T10:00:00Z') },
      { place_id: qualified, programme_id: b, status: 'QUALIFIED', applied_at: new Date('2020-02-01T10:00:00Z') },
    ]);
    const history = await dataSource.query(`SELECT programme_id, action, by FROM qualification_step WHERE place_id = $1 ORDER BY programme_id, at`, [qualified]);
    expect(history).toEqual([
      { programme_id: a, action: 'APPLY', by: 'staff' },
      { programme_id: a, action: 'QUALIFY', by: 'manager' },
      { programme_id: b, action: 'APPLY', by: 'staff' },
      { programme_id: b, action: 'QUALIFY', by: 'manager' },
    ]);
    expect(await dataSource.query(`SELECT id, accepts_passes FROM place ORDER BY accepts_passes DESC, id`)).toEqual(
      [
        { id: qualified, accepts_passes: true },
        ...[applied, never].sort().map((id) => ({ id, accepts_passes: false })),
      ],
    );
    // A place accepts passes only with somewhere to send the money, as before.
    await expect(dataSource.query(`UPDATE place SET iban = NULL WHERE id = $1`, [qualified])).rejects.toThrow(/place_accepts_passes_iban/);

    // And back: one qualification per place again, with its history.
    await dataSource.undoLastMigration();
    expect(await dataSource.query(`SELECT id, qualification_status FROM place ORDER BY id`)).toEqual(
      [
        { id: qualified, qualification_status: 'QUALIFIED' },
        { id: applied, qualification_status: 'APPLIED' },
        { id: never, qualification_status: null },
      ].sort((x, y) => x.id.localeCompare(y.id)),
    );
    expect(await dataSource.query(`SELECT action FROM qualification_step WHERE place_id = $1 ORDER BY at`, [qualified])).toEqual([{ action: 'APPLY' }, { action: 'QUALIFY' }]);
  });

  it('refuses to run, changing nothing, when places are qualified but no programme is known to move them to', async () => {
    const { place } = await before();
    const qualified = await place('QUALIFIED', 'FR7630006000011234567890189');
    await step(qualified, 'APPLY', null, 'APPLIED', '2020-02-01T10:00:00Z', 'staff');
    await dataSource!.destroy();
    dataSource = undefined;
    const typeormLog = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    await expect(openDatabase({ url, entities: [], migrations: THROUGH_IT })).rejects.toThrow(/no programme is known/);
    typeormLog.mockRestore();
    dataSource = await openDatabase({ url, entities: [], migrations: BEFORE });
    expect(await dataSource.query(`SELECT qualification_status FROM place`)).toEqual([{ qualification_status: 'QUALIFIED' }]);
    expect(await dataSource.query(`SELECT count(*)::int AS n FROM qualification_step`)).toEqual([{ n: 1 }]);
  });
});
