// Rules of reading the map: codes are checked for shape before anything is looked up, an
// unknown well-formed code is NOT_FOUND, and lists are pages.
import { DomainError } from '@pass-numerique/kernel';
import { decodeCursor, pageSize, toConnection, type Connection, type PageArgs } from '@pass-numerique/service-kit';
import { LEVEL_RANK, isWellFormedCode, normaliseCode, parseTerritoryCode, territoryKey, type AdministrativeLevel, type TerritoryLevel } from './territory-codes';
import { ancestorRefs, type TerritoryRecord, type TerritoryRef } from './territory.entity';
import { TerritoryError } from './territory.errors';
import type { TerritoryLoaders } from './territory.loaders';
import type { TerritoryRepository } from './territory.repository';
import { searchPrefixes } from './search-key';

const QUERY_LIMIT = 100;

export class TerritoryService {
  constructor(private readonly repository: TerritoryRepository) {}

  /** The territory named by level and code; MALFORMED_CODE or NOT_FOUND naming `field` otherwise. */
  async get(loaders: TerritoryLoaders, level: TerritoryLevel, code: string, field = 'code'): Promise<TerritoryRecord> {
    const normalised = parseTerritoryCode(level, code, field);
    const found = await loaders.territoryByKey.load(territoryKey(level, normalised));
    if (!found) throw new DomainError('NOT_FOUND', `${level.toLowerCase()} ${normalised} does not exist`, { field, level });
    return found;
  }

  /** A federation reference: a malformed or unknown one resolves to null (one missing entity must not fail a whole response). */
  resolveReference(loaders: TerritoryLoaders, ref: TerritoryRef): Promise<TerritoryRecord | null> {
    if (!ref || typeof ref.code !== 'string' || !(ref.level in LEVEL_RANK) || !isWellFormedCode(ref.level, ref.code)) return Promise.resolve(null);
    return loaders.territoryByKey.load(territoryKey(ref.level, normaliseCode(ref.level, ref.code)));
  }

  async parent(loaders: TerritoryLoaders, t: TerritoryRecord): Promise<TerritoryRecord | null> {
    if (!t.parentLevel || !t.parentCode) return null;
    return loaders.territoryByKey.load(territoryKey(t.parentLevel, t.parentCode));
  }

  async ancestors(loaders: TerritoryLoaders, t: TerritoryRecord): Promise<TerritoryRecord[]> {
    const found = await loaders.territoryByKey.loadMany(ancestorRefs(t).map((a) => territoryKey(a.level, a.code)));
    return found.filter((a): a is TerritoryRecord => a !== null && !(a instanceof Error));
  }

  async children(loaders: TerritoryLoaders, t: TerritoryRecord, args: PageArgs): Promise<Connection<TerritoryRecord>> {
    const size = pageSize(args.first);
    const after = decodeCursor(args.after) ?? null;
    const page = await loaders.childrenOf.load({ level: t.level, code: t.code, after, limit: size + 1 });
    return toConnection(page.rows, size, page.totalCount, (row) => row.code, args.after);
  }

  /** Territories of one level with at least one commune inside `within`. */
  async inside(
    loaders: TerritoryLoaders,
    level: TerritoryLevel,
    within: { level: TerritoryLevel; code: string },
    args: PageArgs,
  ): Promise<Connection<TerritoryRecord>> {
    if (level === 'ZONE' || LEVEL_RANK[level] <= LEVEL_RANK[within.level]) {
      throw new TerritoryError('LEVEL_NOT_BELOW', `no ${level.toLowerCase()} lies inside a ${within.level.toLowerCase()}`, { field: 'level' });
    }
    const size = pageSize(args.first);
    const after = decodeCursor(args.after) ?? null;
    const parent = await this.get(loaders, within.level, within.code, 'within.code');
    const page = await this.repository.inside(level as AdministrativeLevel, { level: parent.level, code: parent.code }, after, size + 1);
    return toConnection(page.rows, size, page.totalCount, (row) => row.code, args.after);
  }

  /** Autocompletion: name prefix (accents, case, hyphens ignored; "st" = "saint") or postal-code prefix; largest communes first. */
  async searchCommunes(query: string, args: PageArgs): Promise<Connection<TerritoryRecord>> {
    const size = pageSize(args.first, 20);
    const after = decodeSearchCursor(args.after);
    const trimmed = query.trim();
    if (trimmed.length > QUERY_LIMIT) throw new DomainError('BAD_USER_INPUT', `query must be at most ${QUERY_LIMIT} characters`, { field: 'query' });
    let page;
    if (/^\d{1,5}$/.test(trimmed)) {
      page = await this.repository.searchCommunes({ postalCodePrefix: trimmed }, after, size + 1);
    } else {
      const namePrefixes = searchPrefixes(trimmed);
      if (namePrefixes.length === 0) throw new DomainError('BAD_USER_INPUT', 'query must contain at least one letter or digit', { field: 'query' });
      page = await this.repository.searchCommunes({ namePrefixes }, after, size + 1);
    }
    return toConnection(page.rows, size, page.totalCount, (row) => `${row.population}:${row.code}`, args.after);
  }

  async communesByPostalCode(postalCode: string): Promise<TerritoryRecord[]> {
    const trimmed = postalCode.trim();
    if (!/^\d{5}$/.test(trimmed)) throw new TerritoryError('MALFORMED_CODE', 'postalCode must be five digits', { field: 'postalCode' });
    return this.repository.communesWithPostalCode(trimmed);
  }

  async mapSource() {
    const imported = await this.repository.importedVersion();
    if (!imported) return null;
    const { REGION, DEPARTEMENT, EPCI, COMMUNE } = imported.counts;
    return {
      package: imported.source,
      version: imported.packageVersion,
      importedAt: imported.importedAt,
      regions: REGION,
      departements: DEPARTEMENT,
      epcis: EPCI,
      communes: COMMUNE,
    };
  }

  /** Whether a commune lies inside `t` (itself included when `t` is that commune). */
  async contains(loaders: TerritoryLoaders, t: TerritoryRecord, communeCode: string): Promise<boolean> {
    const commune = await this.get(loaders, 'COMMUNE', communeCode, 'communeCode');
    switch (t.level) {
      case 'ZONE':
        return loaders.zoneMembership.load(`${t.code}:${commune.code}`);
      case 'COMMUNE':
        return commune.code === t.code;
      case 'EPCI':
        return commune.epciCode === t.code;
      case 'DEPARTEMENT':
        return commune.departementCode === t.code;
      case 'REGION':
        return commune.regionCode === t.code;
    }
  }
}

function decodeSearchCursor(cursor: string | null | undefined): { population: number; code: string } | null {
  const decoded = decodeCursor(cursor);
  if (decoded === undefined) return null;
  const match = /^(\d+):(.+)$/.exec(decoded);
  if (!match) throw new DomainError('BAD_USER_INPUT', 'after is not a cursor of this search', { field: 'after' });
  return { population: Number(match[1]), code: match[2] };
}
