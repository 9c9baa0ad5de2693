// Issuing 1,000,000 passes for one order (booklets of 10), against a raw COPY of the same pass
// rows into an identical table (same columns, defaults and indexes), in the same run.
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { formatPassNumber, issueBookletsAndPasses, numberOfSerial, PASS_SERIAL_ALIGNMENT, reserveSerials } from '@pass-numerique/passes-service';
import { copyIn } from './copy-in';

export interface IssueResult {
  passes: number;
  serviceMs: number;
  copyMs: number;
}

async function timed(work: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function benchIssue(dataSource: DataSource, databaseUrl: string, passCount: number, rounds: number): Promise<IssueResult[]> {
  const programmeId = randomUUID();
  await dataSource.query(
    `INSERT INTO programme (id, code, name, perimeter_level, perimeter_code, starts_on, ends_on, learnt_at)
     VALUES ($1, 'BENCH', 'Bench', 'REGION', '32', '2020-01-01', '2030-12-31', now())`,
    [programmeId],
  );
  await dataSource.query(`CREATE TABLE pass_copy_baseline (LIKE pass INCLUDING ALL)`);
  const bookletSize = 10;
  const bookletCount = passCount / bookletSize;
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const results: IssueResult[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      await dataSource.query(`TRUNCATE pass, pass_copy_baseline, booklet, hand_out, print_file_export, credit_note`);
      await dataSource.query(`DELETE FROM pass_order`);
      await dataSource.query(`CHECKPOINT`).catch(() => undefined);

      // The service's path: reserve serials, order row, booklets and passes, one transaction.
      const serviceMs = await timed(() =>
        dataSource.transaction(async (manager) => {
          const orderId = randomUUID();
          const firstPassSerial = await reserveSerials(manager, 'pass', passCount, PASS_SERIAL_ALIGNMENT);
          const firstBookletSerial = await reserveSerials(manager, 'booklet', bookletCount);
          await manager.query(
            `INSERT INTO pass_order (id, programme_id, booklet_count, booklet_size, pass_count, pass_face_value_cents, fee_rate_basis_points, fee_cents,
               perimeter_level, perimeter_code, target_publics, status, placed_at, placed_by, first_pass_serial, first_booklet_serial)
             VALUES ($1, $2, $3, $4, $5, 1000, 400, 0, 'REGION', '32', '{}', 'PLACED', now(), 'bench', $6, $7)`,
            [orderId, programmeId, bookletCount, bookletSize, passCount, firstPassSerial, firstBookletSerial],
          );
          await issueBookletsAndPasses(manager, { orderId, programmeId, bookletCount, bookletSize, firstPassSerial, firstBookletSerial });
        }),
      );

      // The baseline: the same pass rows, prepared in memory beforehand (not timed), then COPY.
      const orderId = randomUUID();
      const chunks: Buffer[] = [];
      let lines: string[] = [];
      let serial = 20_000_000_001;
      for (let b = 0; b < bookletCount; b++) {
        const bookletId = randomUUID();
        for (let p = 0; p < bookletSize; p++) lines.push(`${formatPassNumber(numberOfSerial(serial++))}\t${bookletId}\t${orderId}\n`);
        if (lines.length >= 10_000) {
          chunks.push(Buffer.from(lines.join('')));
          lines = [];
        }
      }
      if (lines.length) chunks.push(Buffer.from(lines.join('')));
      await dataSource.query(`CHECKPOINT`).catch(() => undefined);
      const copyMs = await timed(async () => {
        await client.query('BEGIN');
        await copyIn(client, `COPY pass_copy_baseline (number, booklet_id, order_id) FROM STDIN`, chunks);
        await client.query('COMMIT');
      });
      const [{ n }] = await dataSource.query(`SELECT (SELECT count(*) FROM pass)::int + (SELECT count(*) FROM pass_copy_baseline)::int AS n`);
      if (n !== 2 * passCount) throw new Error(`expected ${2 * passCount} rows, found ${n}`);
      results.push({ passes: passCount, serviceMs, copyMs });
    }
  } finally {
    await client.end();
  }
  return results;
}
