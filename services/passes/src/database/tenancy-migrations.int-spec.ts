// Integration: the migrations that made passes per programme keep the data they find — a place's
// one status becomes its status in every programme passes knows (so the demo's places stay
// qualified for the demo programme), and the throttle's counts stay the callers' — and so does the
// one that lets statements take recoveries back: statements keep what they paid, and going back
// turns a recovered redemption into a cancelled one, with its reason.
import { randomUUID } from 'node:crypto';
import { useTestService } from '@pass-numerique/testing';
import { startPassesService } from '../server';
import { openTestProgramme } from '../testing/passes-test-kit';
import { QualifyPlacesPerProgramme1767100000000 } from './migrations/1767100000000-qualify-places-per-programme';
import { ThrottlePassNumbers1767100000001 } from './migrations/1767100000001-throttle-pass-numbers';
import { RecoverRedemptions1767300000001 } from './migrations/1767300000001-recover-redemptions';

describe('migrations that keep the data they find', () => {
  const { service } = useTestService('passes', startPassesService, { logLevel: 'error', loadDemoData: false }, { expiryEveryMs: 0 });

  it("gives every programme passes knows each place's one status, as of its last change", async () => {
    const programmes = [await openTestProgramme(service), await openTestProgramme(service)].sort();
    const runner = service.dataSource.createQueryRunner();
    const migration = new QualifyPlacesPerProgramme1767100000000();
    try {
      await migration.down(runner);
      const [qualified, suspended] = [randomUUID(), randomUUID()];
      await runner.query(
        `INSERT INTO place (id, organisation_id, name, insee_code, status, cashes_through_regie, changed_at)
         VALUES ($1, $3, 'Lieu qualifié', '80021', 'QUALIFIED', false, '2020-05-01T10:00:00Z'), ($2, $3, 'Lieu suspendu', '80001', 'SUSPENDED', true, '2020-06-01T10:00:00Z')`,
        [qualified, suspended, randomUUID()],
      );
      await migration.up(runner);
      const rows = await runner.query(
        `SELECT place_id, programme_id, status, changed_at FROM place_qualification WHERE place_id = ANY($1::uuid[]) ORDER BY status, programme_id`,
        [[qualified, suspended]],
      );
      expect(rows).toEqual([
        ...programmes.map((programmeId) => ({ place_id: qualified, programme_id: programmeId, status: 'QUALIFIED', changed_at: new Date('2020-05-01T10:00:00Z') })),
        ...programmes.map((programmeId) => ({ place_id: suspended, programme_id: programmeId, status: 'SUSPENDED', changed_at: new Date('2020-06-01T10:00:00Z') })),
      ]);
      const columns: Array<{ column_name: string }> = await runner.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'place'`);
      expect(columns.map((c) => c.column_name)).not.toContain('status');
    } finally {
      await runner.release();
    }
  });

  it("keeps the throttle's counts as the callers' they were", async () => {
    const runner = service.dataSource.createQueryRunner();
    const migration = new ThrottlePassNumbers1767100000001();
    try {
      await migration.down(runner);
      await runner.query(`INSERT INTO guess_throttle (caller, failures, window_started_at) VALUES ('credential:42', 3, now())`);
      await migration.up(runner);
      expect(await runner.query(`SELECT key, failures FROM guess_throttle`)).toEqual([{ key: 'caller:credential:42', failures: 3 }]);
    } finally {
      await runner.release();
    }
  });

  it('gives statements written before it their amount as gross, nothing recovered; and back, a recovered redemption reads as cancelled', async () => {
    const runner = service.dataSource.createQueryRunner();
    const migration = new RecoverRedemptions1767300000001();
    const [statement, redemption] = [randomUUID(), randomUUID()];
    try {
      await migration.down(runner);
      await runner.query(
        `INSERT INTO statement (id, programme_id, place_id, place_organisation_id, month, pass_count, amount_cents, status, generated_at)
         VALUES ($1, $2, $3, $4, '2020-03', 3, 3000, 'PAID', '2020-04-02T09:00:00Z')`,
        [statement, randomUUID(), randomUUID(), randomUUID()],
      );
      await migration.up(runner);
      expect(await runner.query(`SELECT gross_amount_cents::int AS gross, recovered_cents::int AS recovered, amount_cents::int AS amount FROM statement WHERE id = $1`, [statement])).toEqual([
        { gross: 3000, recovered: 0, amount: 3000 },
      ]);
      await runner.query(
        `INSERT INTO redemption (id, pass_number, programme_id, order_id, hand_out_id, place_id, place_organisation_id, face_value_cents, idempotency_key, requested_by, redeemed_at, status, statement_id)
         VALUES ($1, 100000000018, $2, $2, $2, $2, $2, 1000, 'key-of-test', 'test', '2020-03-10T10:00:00Z', 'RECOVERED', $3)`,
        [redemption, randomUUID(), statement],
      );
      await runner.query(
        `INSERT INTO redemption_recovery (id, redemption_id, programme_id, place_id, place_organisation_id, paid_statement_id, amount_cents, reason, recovered_at, recovered_by)
         VALUES ($1, $2, $3, $3, $3, $4, 1000, 'pass scanné deux fois', '2020-04-20T10:00:00Z', 'manager')`,
        [randomUUID(), redemption, randomUUID(), statement],
      );
      await migration.down(runner);
      expect(await runner.query(`SELECT status, cancellation_reason FROM redemption WHERE id = $1`, [redemption])).toEqual([{ status: 'CANCELLED', cancellation_reason: 'pass scanné deux fois' }]);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
  });
});
