// Queries only: reads of the map and of zones seen as territories. Every method is one SQL
// statement, whatever the number of keys it is given.
import type { DataSource } from 'typeorm';
import type { AdministrativeLevel, TerritoryLevel } from './territory-codes';
import type { TerritoryRecord, TerritoryRef } from './territory.entity';

const COLUMNS = `t.level, t.code, t.name, t.population, t.parent_level, t.parent_code, t.epci_code, t.departement_code,
  t.region_code, t.siren, t.epci_kind, t.postal_codes`;

/** A zone seen as a territory: it has no parent, and its population is kept on the zone row. */
const ZONE_COLUMNS = `'ZONE'::text AS level, z.id::text AS code, z.name, z.population, NULL::text AS parent_level,
  NULL::text AS parent_code, NULL::text AS epci_code, NULL::text AS departement_code, NULL::text AS region_code,
  NULL::text AS siren, NULL::text AS epci_kind, '{}'::text[] AS postal_codes`;

/** The column of a commune row that names its territory at each level (fixed strings: never from input). */
const COMMUNE_COLUMN: Record<AdministrativeLevel, string> = {
  COMMUNE: 'code',
  EPCI: 'epci_code',
  DEPARTEMENT: 'departement_code',
  REGION: 'region_code',
};

interface Row {
  level: TerritoryLevel;
  code: string;
  name: string;
  population: number;
  parent_level: AdministrativeLevel | null;
  parent_code: string | null;
  epci_code: string | null;
  departement_code: string | null;
  region_code: string | null;
  siren: string | null;
  epci_kind: string | null;
  postal_codes: string[];
}

export interface Page {
  rows: TerritoryRecord[];
  totalCount: number;
}

function toRecord(row: Row): TerritoryRecord {
  return {
    level: row.level,
    code: row.code,
    name: row.name,
    population: row.population,
    parentLevel: row.parent_level,
    parentCode: row.parent_code,
    epciCode: row.epci_code,
    departementCode: row.departement_code,
    regionCode: row.region_code,
    siren: row.siren,
    epciKind: row.epci_kind,
    postalCodes: row.postal_codes ?? [],
  };
}

export class TerritoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Any mix of levels, zones included, in one round trip. Unknown keys are simply absent. */
  async findByKeys(keys: readonly TerritoryRef[]): Promise<TerritoryRecord[]> {
    const administrative = keys.filter((k) => k.level !== 'ZONE');
    const zoneIds = keys.filter((k) => k.level === 'ZONE').map((k) => k.code);
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM unnest($1::text[], $2::text[]) AS k(level, code)
         JOIN territory t ON t.level = k.level AND t.code = k.code
       UNION ALL
       SELECT ${ZONE_COLUMNS} FROM zone z WHERE z.id = ANY($3::uuid[])`,
      [administrative.map((k) => k.level), administrative.map((k) => k.code), zoneIds],
    );
    return rows.map(toRecord);
  }

  /**
   * The children of many parents, one page each, in one statement. A parent's children are the
   * territories whose parent it is (a zone's are its member communes), by code.
   */
  async childrenOf(requests: ReadonlyArray<{ parent: TerritoryRef; after: string | null; limit: number }>): Promise<Page[]> {
    const rows: Array<Row & { request: number; total: number }> = await this.dataSource.query(
      `SELECT p.request::int AS request, c.total::int AS total, page.*
       FROM unnest($1::text[], $2::text[], $3::uuid[], $4::text[], $5::int[]) WITH ORDINALITY AS p(level, code, zone_id, after, lim, request)
       CROSS JOIN LATERAL (
         SELECT CASE WHEN p.level = 'ZONE'
                     THEN (SELECT count(*) FROM zone_member m WHERE m.zone_id = p.zone_id)
                     ELSE (SELECT count(*) FROM territory t WHERE t.parent_level = p.level AND t.parent_code = p.code) END AS total
       ) c
       LEFT JOIN LATERAL (
         SELECT ${COLUMNS} FROM territory t
         WHERE p.level <> 'ZONE' AND t.parent_level = p.level AND t.parent_code = p.code AND t.code > coalesce(p.after, '')
         UNION ALL
         SELECT ${COLUMNS} FROM zone_member m JOIN territory t ON t.level = 'COMMUNE' AND t.code = m.commune_code
         WHERE p.level = 'ZONE' AND m.zone_id = p.zone_id AND m.commune_code > coalesce(p.after, '')
         ORDER BY code LIMIT p.lim
       ) page ON true
       ORDER BY p.request, page.code`,
      [
        requests.map((r) => r.parent.level),
        requests.map((r) => r.parent.code),
        // Zone ids travel typed, so that the member lookup uses zone_member's primary key.
        requests.map((r) => (r.parent.level === 'ZONE' ? r.parent.code : null)),
        requests.map((r) => r.after),
        requests.map((r) => r.limit),
      ],
    );
    const pages: Page[] = requests.map(() => ({ rows: [], totalCount: 0 }));
    for (const row of rows) {
      const page = pages[row.request - 1];
      page.totalCount = row.total;
      if (row.code !== null) page.rows.push(toRecord(row));
    }
    return pages;
  }

  /** Territories of `level` with at least one commune inside `parent`, by code. */
  async inside(level: AdministrativeLevel, parent: TerritoryRef, after: string | null, limit: number): Promise<Page> {
    const communesInside =
      parent.level === 'ZONE'
        ? `SELECT c.${COMMUNE_COLUMN[level]} FROM zone_member m JOIN territory c ON c.level = 'COMMUNE' AND c.code = m.commune_code WHERE m.zone_id = $1::uuid`
        : `SELECT c.${COMMUNE_COLUMN[level]} FROM territory c WHERE c.level = 'COMMUNE' AND c.${COMMUNE_COLUMN[parent.level]} = $1`;
    const rows: Array<Row & { total: number }> = await this.dataSource.query(
      `WITH inside AS (
         SELECT ${COLUMNS} FROM territory t WHERE t.level = $2 AND t.code IN (${communesInside})
       )
       SELECT t.*, (SELECT count(*) FROM inside)::int AS total
       FROM (SELECT 0) AS always LEFT JOIN inside t ON t.code > coalesce($3, '')
       ORDER BY t.code LIMIT $4`,
      [parent.code, level, after, limit],
    );
    return { rows: rows.filter((r) => r.code !== null).map(toRecord), totalCount: rows[0]?.total ?? 0 };
  }

  /**
   * Communes whose normalised name (with or without its leading article) starts with one of
   * `prefixes`, or — for a query of digits — whose postal code starts with it; largest first.
   */
  async searchCommunes(
    match: { namePrefixes: string[] } | { postalCodePrefix: string },
    after: { population: number; code: string } | null,
    limit: number,
  ): Promise<Page> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    let filter: string;
    if ('postalCodePrefix' in match) {
      filter = `t.code IN (SELECT commune_code FROM commune_postal_code WHERE postal_code LIKE ${param(`${match.postalCodePrefix}%`)})`;
    } else {
      // Separate LIKEs (not LIKE ANY) so that the planner can use both prefix indexes.
      filter = match.namePrefixes
        .map((prefix) => {
          const p = param(`${prefix}%`);
          return `t.search_name LIKE ${p} OR t.search_name_bare LIKE ${p}`;
        })
        .join(' OR ');
    }
    const keyset = after ? `WHERE t.population < ${param(after.population)} OR (t.population = ${param(after.population)} AND t.code > ${param(after.code)})` : '';
    const rows: Array<Row & { total: number }> = await this.dataSource.query(
      `WITH found AS (SELECT ${COLUMNS} FROM territory t WHERE t.level = 'COMMUNE' AND (${filter}))
       SELECT t.*, (SELECT count(*) FROM found)::int AS total
       FROM (SELECT 0) AS always LEFT JOIN (SELECT * FROM found t ${keyset}) t ON true
       ORDER BY t.population DESC, t.code LIMIT ${param(limit)}`,
      params,
    );
    return { rows: rows.filter((r) => r.code !== null).map(toRecord), totalCount: rows[0]?.total ?? 0 };
  }

  communesWithPostalCode(postalCode: string): Promise<TerritoryRecord[]> {
    return this.dataSource
      .query(
        `SELECT ${COLUMNS} FROM commune_postal_code p JOIN territory t ON t.level = 'COMMUNE' AND t.code = p.commune_code
         WHERE p.postal_code = $1 ORDER BY t.search_name, t.code`,
        [postalCode],
      )
      .then((rows: Row[]) => rows.map(toRecord));
  }

  /** For each (zone, commune) pair, whether the commune is a member of the zone; one statement. */
  async zoneMemberships(pairs: ReadonlyArray<{ zoneId: string; communeCode: string }>): Promise<boolean[]> {
    const rows: Array<{ i: string }> = await this.dataSource.query(
      `SELECT k.i FROM unnest($1::uuid[], $2::text[]) WITH ORDINALITY AS k(zone_id, commune_code, i)
       JOIN zone_member m ON m.zone_id = k.zone_id AND m.commune_code = k.commune_code`,
      [pairs.map((p) => p.zoneId), pairs.map((p) => p.communeCode)],
    );
    const members = new Set(rows.map((r) => Number(r.i)));
    return pairs.map((_, index) => members.has(index + 1));
  }

  async importedVersion(): Promise<{ source: string; packageVersion: string; importedAt: Date; counts: Record<string, number> } | null> {
    const [row] = await this.dataSource.query(`SELECT source, package_version, imported_at, counts FROM reference_import ORDER BY source LIMIT 1`);
    return row ? { source: row.source, packageVersion: row.package_version, importedAt: row.imported_at, counts: row.counts } : null;
  }
}
