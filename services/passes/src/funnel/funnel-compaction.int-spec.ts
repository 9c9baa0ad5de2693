// Integration: folding the funnel's counter shards keeps every sum exact, leaves one row per key,
// and never makes a concurrent writer wait into a deadlock or fail.
import { randomUUID } from 'node:crypto';
import { useTestService } from '@pass-numerique/testing';
import { startPassesService } from '../server';
import { applyFunnelChanges, SHARDS, type FunnelChange } from './funnel-writer';

describe('funnel compaction', () => {
  const { service } = useTestService('passes', startPassesService, { logLevel: 'error', loadDemoData: false }, { expiryEveryMs: 0, funnelCompactionEveryMs: 0 });

  const write = (programmeId: string, changes: FunnelChange[]) => service.dataSource.transaction((manager) => applyFunnelChanges(manager, programmeId, changes));
  const oneHandOut = (commune: string): FunnelChange[] => [
    { dimension: 'PROGRAMME', key: '', stage: 'handedOut', delta: 1 },
    { dimension: 'COMMUNE', key: commune, stage: 'handedOut', delta: 1 },
    { dimension: 'COMMUNE', key: commune, stage: 'redeemed', delta: commune === '80021' ? 1 : 0 },
  ];
  const state = async (programmeId: string) =>
    service.dataSource.query(
      `SELECT dimension, key, count(*)::int AS rows, sum(handed_out)::int AS "handedOut", sum(redeemed)::int AS redeemed
         FROM funnel_counter WHERE programme_id = $1 GROUP BY dimension, key ORDER BY dimension, key`,
      [programmeId],
    );

  it('folds every key into one row, every sum unchanged', async () => {
    const programmeId = randomUUID();
    for (let i = 0; i < 120; i++) await write(programmeId, oneHandOut(i % 3 === 0 ? '80001' : '80021'));
    const before = await state(programmeId);
    expect(Math.max(...before.map((r: { rows: number }) => r.rows))).toBeGreaterThan(1);
    expect(Math.max(...before.map((r: { rows: number }) => r.rows))).toBeLessThanOrEqual(SHARDS);

    const removed = await service.services.funnelCompaction.compactAll();
    const after = await state(programmeId);
    expect(after).toEqual(before.map((r: Record<string, unknown>) => ({ ...r, rows: 1 })));
    expect(removed).toBe(before.reduce((sum: number, r: { rows: number }) => sum + r.rows - 1, 0));
    expect(after).toEqual([
      { dimension: 'COMMUNE', key: '80001', rows: 1, handedOut: 40, redeemed: 0 },
      { dimension: 'COMMUNE', key: '80021', rows: 1, handedOut: 80, redeemed: 80 },
      { dimension: 'PROGRAMME', key: '', rows: 1, handedOut: 120, redeemed: 0 },
    ]);
    expect(await service.services.funnelCompaction.compactAll()).toBe(0); // nothing left to fold
  });

  it('runs while hand-outs are counted: no writer fails or waits forever, nothing counted twice or lost', async () => {
    const programmeId = randomUUID();
    let writing = true;
    const writers = Array.from({ length: 8 }, async () => {
      let written = 0;
      for (let i = 0; i < 50; i++) {
        await write(programmeId, oneHandOut('80021'));
        written++;
      }
      return written;
    });
    const compactions = (async () => {
      let runs = 0;
      while (writing) {
        await service.services.funnelCompaction.compact(programmeId, 'COMMUNE');
        await service.services.funnelCompaction.compact(programmeId, 'PROGRAMME');
        runs++;
      }
      return runs;
    })();
    const written = await Promise.all(writers);
    writing = false;
    expect(await compactions).toBeGreaterThan(0);
    expect(written).toEqual(Array(8).fill(50));
    await service.services.funnelCompaction.compactAll();
    expect(await state(programmeId)).toEqual([
      { dimension: 'COMMUNE', key: '80021', rows: 1, handedOut: 400, redeemed: 400 },
      { dimension: 'PROGRAMME', key: '', rows: 1, handedOut: 400, redeemed: 0 },
    ]);
  });
});
