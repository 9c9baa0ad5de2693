// Integration: the migration that brings memberships and the operator's verification, on a
// database shaped as before it: organisations registered by staff are verified, and what they do
// is read from their places and their distributors' agreements.
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { openDatabase } from '@pass-numerique/service-kit';
import { createTestDatabase, dropDatabase } from '@pass-numerique/testing';
import { partnersSubgraph } from '../../server';
import { CreateMembershipTables1767500000000 } from './1767500000000-create-membership-tables';

const ALL = partnersSubgraph({ credentialPepper: 'a-test-pepper-that-is-long-enough-0123456789', webhooks: { secretKey: Buffer.alloc(32), allowLocalHttp: true }, documents: { linkKey: Buffer.alloc(32), storage: { kind: 'postgres' } } }).migrations;
const BEFORE = ALL.slice(0, ALL.indexOf(CreateMembershipTables1767500000000));

describe('migration: memberships and verification', () => {
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

  it('verifies every organisation already registered and reads what it does from its data', async () => {
    dataSource = await openDatabase({ url, entities: [], migrations: BEFORE });
    const [placeOnly, both, neither] = [randomUUID(), randomUUID(), randomUUID()];
    for (const [i, id] of [placeOnly, both, neither].entries()) {
      await dataSource.query(
        `INSERT INTO organisation (id, name, legal_kind, siren, address, postal_code, insee_code, registered_at) VALUES ($1, $2, 'ASSOCIATION', $3, '1 rue Haute', '80000', '80021', now())`,
        [id, `Organisation ${i}`, ['732829320', '552100554', '542065479'][i]],
      );
    }
    for (const organisationId of [placeOnly, both]) {
      await dataSource.query(
        `INSERT INTO place (id, organisation_id, external_id, name, street, postal_code, insee_code, services, created_at, updated_at)
         VALUES ($1::uuid, $2, $1::text, 'Lieu', '1 rue Haute', '80000', '80021', '{Aide aux démarches administratives}', now(), now())`,
        [randomUUID(), organisationId],
      );
    }
    await dataSource.query(
      `INSERT INTO agreement (id, programme_id, organisation_id, role, starts_on, signed_at, recorded_by) VALUES ($1, $2, $3, 'DISTRIBUTOR', '2020-01-01', now(), 'test')`,
      [randomUUID(), randomUUID(), both],
    );
    await dataSource.destroy();

    dataSource = await openDatabase({ url, entities: [], migrations: ALL });
    const rows = await dataSource.query(`SELECT id, verification_status, activities FROM organisation`);
    const of = (id: string) => rows.find((r: { id: string }) => r.id === id);
    expect(of(placeOnly)).toMatchObject({ verification_status: 'VERIFIED', activities: ['MEDIATION_PLACE'] });
    expect(of(both)).toMatchObject({ verification_status: 'VERIFIED', activities: ['MEDIATION_PLACE', 'DISTRIBUTOR'] });
    expect(of(neither)).toMatchObject({ verification_status: 'VERIFIED', activities: [] });
    expect(await dataSource.query(`SELECT count(*)::int AS n FROM membership`)).toEqual([{ n: 0 }]);
  });
});
