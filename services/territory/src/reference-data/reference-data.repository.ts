// Queries only: the territory tables as the reference package fills them, and the record of each
// import. One INSERT per table fed by arrays: a few statements for ~36,000 rows instead of 36,000
// round trips.
import type { EntityManager } from 'typeorm';
import { searchKey, searchKeyWithoutArticle } from '../territories/search-key';
import type { TerritoryRow } from './france-map';

const IMPORT_LOCK = 4_004_001;

export class ReferenceDataRepository {
  async storedVersion(manager: EntityManager, source: string): Promise<string | null> {
    const [row]: Array<{ package_version: string }> = await manager.query(`SELECT package_version FROM reference_import WHERE source = $1`, [source]);
    return row?.package_version ?? null;
  }

  /** Serialises imports for the transaction's life. */
  async lockImport(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock($1)`, [IMPORT_LOCK]);
  }

  /** Replaces every territory and postal code by the given rows. */
  async replaceTerritories(manager: EntityManager, rows: TerritoryRow[]): Promise<void> {
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
      columns(rows),
    );
    const postal = rows.flatMap((r) => r.postalCodes.map((p) => [p, r.code] as const));
    await manager.query(
      `INSERT INTO commune_postal_code (postal_code, commune_code) SELECT * FROM unnest($1::text[], $2::text[])`,
      [postal.map((p) => p[0]), postal.map((p) => p[1])],
    );
    // Fresh statistics, or the planner would take the 36,000 new rows for an empty table.
    await manager.query(`ANALYZE territory, commune_postal_code`);
  }

  async recordImport(
    manager: EntityManager,
    record: { source: string; packageVersion: string; importedAt: Date; counts: Record<string, number>; durationMs: number },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO reference_import (source, package_version, imported_at, counts, duration_ms) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (source) DO UPDATE SET package_version = EXCLUDED.package_version, imported_at = EXCLUDED.imported_at,
         counts = EXCLUDED.counts, duration_ms = EXCLUDED.duration_ms`,
      [record.source, record.packageVersion, record.importedAt, JSON.stringify(record.counts), record.durationMs],
    );
  }
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
