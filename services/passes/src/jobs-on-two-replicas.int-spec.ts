// Two replicas of the passes service on one database, started at the same instant on a fresh
// database (migrations under their advisory lock), running their scheduled jobs at the same
// time, as a deployment with two replicas does: the expiry job expires every pass once and
// credits each order once; funnel compaction keeps every sum exact.
import { randomUUID } from 'node:crypto';
import { ManualClock } from '@pass-numerique/kernel';
import { deleteTestStreams, dropDatabase, lastPublishedEvent, testServiceConfig } from '@pass-numerique/testing';
import { startPassesService } from './server';
import { applyFunnelChanges } from './funnel/funnel-writer';
import { activatedOrder, handedOutPasses, openTestProgramme, signTestDistributor } from './testing/passes-test-kit';

describe('passes: scheduled jobs on two replicas at once', () => {
  const config = { ...testServiceConfig('passes', { logLevel: 'error' }), loadDemoData: false };
  const clock = new ManualClock('2020-03-10T09:00:00Z');
  let replicas: Array<Awaited<ReturnType<typeof startPassesService>>> = [];

  beforeAll(async () => {
    replicas = await Promise.all([1, 2].map(() => startPassesService(config, { clock, expiryEveryMs: 0, funnelCompactionEveryMs: 0 })));
  }, 60_000);
  afterAll(async () => {
    for (const replica of replicas) await replica.stop();
    await dropDatabase(config.databaseUrl);
    await deleteTestStreams(config.eventPrefix);
  });

  it('expires every pass once and credits each order once, whichever replica gets there first', async () => {
    const [a, b] = replicas;
    const programmeId = await openTestProgramme(a, { startsOn: '2020-01-01', endsOn: '2021-12-31' });
    const orders = [await activatedOrder(a.url, programmeId, { bookletCount: 3 }), await activatedOrder(b.url, programmeId, { bookletCount: 2 })];
    const { organisationId } = await signTestDistributor(a, programmeId);
    const handed = await handedOutPasses(b.url, programmeId, orders[0], organisationId, 2);
    expect(handed.length).toBeGreaterThan(0);
    const [{ total }] = await a.dataSource.query(`SELECT count(*)::int AS total FROM pass p JOIN pass_order o ON o.id = p.order_id WHERE o.programme_id = $1`, [programmeId]);

    // The programme is over: passes handed out are past their validity, the others will never be.
    clock.set('2022-06-01T03:00:00Z');
    const runs = (await Promise.all([a.services.expiry.runAll(), b.services.expiry.runAll(), a.services.expiry.runAll()])).flat().filter((run) => run.programmeId === programmeId);

    const expiredByRuns = runs.reduce((sum, run) => sum + run.expired, 0);
    const notes = runs.flatMap((run) => run.creditNotes);
    expect(expiredByRuns).toBe(total);
    expect(notes.map((note) => note.orderId).sort()).toEqual([...orders].sort());
    expect(notes.reduce((sum, note) => sum + note.passCount, 0)).toBe(total);

    const [state] = await a.dataSource.query(
      `SELECT (SELECT count(*)::int FROM pass p JOIN pass_order o ON o.id = p.order_id WHERE o.programme_id = $1::uuid AND p.status = 'EXPIRED' AND p.credit_note_id IS NOT NULL) AS expired_and_credited,
              (SELECT count(*)::int FROM credit_note WHERE programme_id = $1::uuid) AS credit_notes,
              (SELECT count(*)::int FROM outbox_event WHERE type = 'passes.credit-note.issued.v1' AND payload->>'programmeId' = $1::text) AS credit_note_events,
              (SELECT COALESCE(sum((payload->>'passCount')::int), 0)::int FROM outbox_event WHERE type = 'passes.pass.expired.v1' AND payload->>'programmeId' = $1::text) AS expired_in_events,
              (SELECT COALESCE(sum(b.expired_count), 0)::int FROM booklet b WHERE b.programme_id = $1::uuid) AS expired_in_booklets`,
      [programmeId],
    );
    expect(state).toEqual({ expired_and_credited: total, credit_notes: 2, credit_note_events: 2, expired_in_events: total, expired_in_booklets: total });

    // Once more on both: nothing left to do.
    const again = (await Promise.all([a.services.expiry.runAll(), b.services.expiry.runAll()])).flat();
    expect(again.every((run) => run.expired === 0 && run.creditNotes.length === 0)).toBe(true);
    expect((await lastPublishedEvent(a.bus, 'passes.credit-note.issued.v1'))?.payload.programmeId).toBe(programmeId);
  });

  it('folds the funnel’s shards on both replicas at once without losing or doubling a count', async () => {
    const [a, b] = replicas;
    const programmeId = randomUUID();
    const counted = async () =>
      a.dataSource.query(
        `SELECT dimension, key, count(*)::int AS rows, sum(handed_out)::int AS "handedOut" FROM funnel_counter WHERE programme_id = $1 GROUP BY dimension, key ORDER BY dimension, key`,
        [programmeId],
      );
    // Writers on both replicas spread the counts over shards.
    await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        (i % 2 ? a : b).dataSource.transaction((manager) =>
          applyFunnelChanges(manager, programmeId, [
            { dimension: 'PROGRAMME', key: '', stage: 'handedOut', delta: 1 },
            { dimension: 'COMMUNE', key: i % 3 ? '80021' : '80001', stage: 'handedOut', delta: 1 },
          ]),
        ),
      ),
    );
    const before = await counted();
    expect(Math.max(...before.map((row: { rows: number }) => row.rows))).toBeGreaterThan(1);

    const sums = (rows: Array<Record<string, unknown>>) => rows.map(({ rows: _shards, ...sum }) => sum);
    for (let round = 0; round < 3; round++) {
      await Promise.all([a.services.funnelCompaction.compactAll(), b.services.funnelCompaction.compactAll()]);
      expect(sums(await counted())).toEqual(sums(before));
    }
    // Shards one replica held while the other folded are folded by a later run.
    await a.services.funnelCompaction.compactAll();
    expect(await counted()).toEqual([
      { dimension: 'COMMUNE', key: '80001', rows: 1, handedOut: 20 },
      { dimension: 'COMMUNE', key: '80021', rows: 1, handedOut: 40 },
      { dimension: 'PROGRAMME', key: '', rows: 1, handedOut: 60 },
    ]);
  });
});
