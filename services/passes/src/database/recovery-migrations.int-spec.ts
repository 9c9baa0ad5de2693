// Integration: the migration that lets statements take recoveries back keeps what statements paid
// before it (their amount is their gross, nothing recovered), and going back turns a recovered
// redemption into a cancelled one, with its reason.
import { randomUUID } from 'node:crypto';
import { deleteTestStreams, dropDatabase, testServiceConfig } from '@pass-numerique/testing';
import { startPassesService } from '../server';
import { RecoverRedemptions1767300000001 } from './migrations/1767300000001-recover-redemptions';

describe('the migration to recoveries', () => {
  const config = { ...testServiceConfig('passes', { logLevel: 'error' }), loadDemoData: false };
  let service: Awaited<ReturnType<typeof startPassesService>>;

  beforeAll(async () => {
    service = await startPassesService(config, { expiryEveryMs: 0 });
  });
  afterAll(async () => {
    await service?.stop();
    await dropDatabase(config.databaseUrl);
    await deleteTestStreams(config.eventPrefix);
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
