// Loads the map of France into the territory tables. Runs at every start and does nothing when
// the stored rows come from the installed package version; otherwise replaces them all in one
// transaction (readers see the old map or the new one, never half of each), with one INSERT
// per table fed by arrays: a few statements for ~36,000 rows instead of 36,000 round trips.
import type { DataSource } from 'typeorm';
import { searchKey, searchKeyWithoutArticle } from '../territories/search-key';
import { installedPackageVersion, readFranceMap, REFERENCE_PACKAGE, type TerritoryRow } from './france-map';

export interface ImportReport {
  /** False when the stored map already came from the installed package version. */
  imported: boolean;
  packageVersion: string;
  /** The version the rows came from before, when they were replaced. */
  previousVersion: string | null;
  counts?: Record<string, number>;
  durationMs: number;
}

// Two service instances starting together must not both import: the second waits, then finds it done.
const IMPORT_LOCK = 4_004_001;

export async function importFrance(dataSource: DataSource, options: { force?: boolean; now?: () => Date } = {}): Promise<ImportReport> {
  const started = Date.now();
  const installed = installedPackageVersion();
  const storedVersion = async (run: (sql: string, params?: unknown[]) => Promise<Array<{ package_version: string }>>) =>
    (await run(`SELECT package_version FROM reference_import WHERE source = $1`, [REFERENCE_PACKAGE]))[0]?.package_version ?? null;

  const before = await storedVersion((sql, params) => dataSource.query(sql, params));
  if (before === installed && !options.force) return { imported: false, packageVersion: installed, previousVersion: before, durationMs: Date.now() - started };

  return dataSource.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock($1)`, [IMPORT_LOCK]);
    const previous = await storedVersion((sql, params) => manager.query(sql, params));
    if (previous === installed && !options.force) return { imported: false, packageVersion: installed, previousVersion: previous, durationMs: Date.now() - started };

    const map = readFranceMap();
    await manager.query(`TRUNCATE territory, commune_postal_code`);
    await manager.query(
      `INSERT INTO territory (level, code, name, population, parent_level, parent_code, epci_code, departement_code, region_code,
                              siren, epci_kind, postal_codes, search_name, search_name_bare)
       SELECT level, code, name, population, parent_level, parent_code, epci_code, departement_code, region_code,
              siren, epci_kind, string_to_array(postal_codes, ' '), search_name, search_name_bare
       FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                   $10::text[], $11::text[], $12::text[], $13::text[], $14::text[])
         AS r(level, code, name, population, parent_level, parent_code, epci_code, departement_code, region_code,
              siren, epci_kind, postal_codes, search_name, search_name_bare)`,
      columns(map.rows),
    );
    const postal = map.rows.flatMap((r) => r.postalCodes.map((p) => [p, r.code] as const));
    await manager.query(
      `INSERT INTO commune_postal_code (postal_code, commune_code) SELECT * FROM unnest($1::text[], $2::text[])`,
      [postal.map((p) => p[0]), postal.map((p) => p[1])],
    );
    // Fresh statistics, or the planner would take the 36,000 new rows for an empty table.
    await manager.query(`ANALYZE territory, commune_postal_code`);
    const durationMs = Date.now() - started;
    await manager.query(
      `INSERT INTO reference_import (source, package_version, imported_at, counts, duration_ms) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (source) DO UPDATE SET package_version = EXCLUDED.package_version, imported_at = EXCLUDED.imported_at,
         counts = EXCLUDED.counts, duration_ms = EXCLUDED.duration_ms`,
      [REFERENCE_PACKAGE, map.packageVersion, (options.now ?? (() => new Date()))(), JSON.stringify(map.counts), durationMs],
    );
    return { imported: true, packageVersion: map.packageVersion, previousVersion: previous, counts: map.counts, durationMs };
  });
}

function columns(rows: TerritoryRow[]): unknown[][] {
  return [
    rows.map((r) => r.level),
    rows.map((r) => r.code),
    rows.map((r) => r.name),
    rows.map((r) => r.population),
    rows.map((r) => r.parentLevel),
    rows.map((r) => r.parentCode),
    rows.map((r) => r.epciCode),
    rows.map((r) => r.departementCode),
    rows.map((r) => r.regionCode),
    rows.map((r) => r.siren),
    rows.map((r) => r.epciKind),
    // Arrays of arrays cannot be ragged in Postgres; postal codes travel as one string per row.
    rows.map((r) => r.postalCodes.join(' ')),
    rows.map((r) => searchKey(r.name)),
    rows.map((r) => searchKeyWithoutArticle(r.name)),
  ];
}
