// A fingerprint of every table of every service database: row count and a checksum of the rows.
// Two fingerprints differ exactly where some row was added, removed or changed.
//
// Left out, on purpose — they change when a request is refused, by design:
// - audit_entry: every mutation is recorded with its outcome, refused ones included;
// - guess_throttle (passes): wrong pass codes and unknown numbers are counted against the caller,
//   to slow brute force down;
// - partner_credential.last_used_at (partners): verifying a partner key notes when it was used.
// The messaging bookkeeping (outbox_event, processed_event) stays in: a refused request must
// not announce anything.
import type { Client } from 'pg';
import type { Platform, ServiceName } from './platform';
import { SERVICES } from './platform';

const SKIPPED_TABLES = new Set(['audit_entry', 'guess_throttle']);
const SKIPPED_COLUMNS: Record<string, string[]> = { partner_credential: ['last_used_at'] };

export type Snapshot = Record<string, { rows: number; checksum: string }>;

async function snapshotDatabase(db: Client, service: ServiceName, into: Snapshot): Promise<void> {
  const tables = (await db.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`)).rows.map((r) => r.table_name as string);
  for (const table of tables) {
    if (SKIPPED_TABLES.has(table)) continue;
    const columns = (await db.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`, [table])).rows
      .map((r) => r.column_name as string)
      .filter((column) => !(SKIPPED_COLUMNS[table] ?? []).includes(column));
    const row = `ROW(${columns.map((c) => `t.${db.escapeIdentifier(c)}`).join(', ')})::text`;
    const [fingerprint] = (await db.query(`SELECT count(*)::int AS rows, COALESCE(md5(string_agg(md5(${row}), '' ORDER BY md5(${row}))), '') AS checksum FROM ${db.escapeIdentifier(table)} t`)).rows;
    into[`${service}.${table}`] = fingerprint;
  }
}

export async function snapshot(platform: Platform): Promise<Snapshot> {
  const result: Snapshot = {};
  for (const service of SERVICES) {
    const db = await platform.database(service);
    try {
      await snapshotDatabase(db, service, result);
    } finally {
      await db.end();
    }
  }
  return result;
}

/** Tables whose rows differ, with their counts before and after. */
export function differences(before: Snapshot, after: Snapshot): string[] {
  const changed: string[] = [];
  for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[table];
    const b = after[table];
    if (a?.checksum !== b?.checksum || a?.rows !== b?.rows) changed.push(`${table}: ${a?.rows ?? 'absent'} rows → ${b?.rows ?? 'absent'} rows${a?.rows === b?.rows ? ' (rows changed)' : ''}`);
  }
  return changed;
}
