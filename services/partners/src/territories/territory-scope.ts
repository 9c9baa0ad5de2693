// A territory named by level and code, checked against the official geography. Programme
// zones are the territory service's own: partners keeps no copy of them (it consumes no
// territory.zone.* event), so a ZONE code is checked for shape only.
import { DomainError } from '@pass-numerique/kernel';
import { Geography } from '@pass-numerique/geography';

export const TERRITORY_LEVELS = ['REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE', 'ZONE'] as const;
export type TerritoryLevel = (typeof TERRITORY_LEVELS)[number];
export interface TerritoryRef {
  level: TerritoryLevel;
  code: string;
}

const ZONE_CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;

export function checkTerritory(ref: { level: string; code: string }, field: string, geography = Geography.load()): TerritoryRef {
  const code = ref.code.trim().toUpperCase();
  const level = ref.level as TerritoryLevel;
  const known = (() => {
    switch (level) {
      case 'REGION':
        return geography.regions.has(code);
      case 'DEPARTEMENT':
        return geography.departements.has(code);
      case 'EPCI':
        return geography.epcis.has(code);
      case 'COMMUNE':
        return geography.communes.has(code);
      case 'ZONE':
        return ZONE_CODE.test(ref.code.trim());
      default:
        return false;
    }
  })();
  if (!known) throw new DomainError('INVALID_CODE', `${field} names no ${String(ref.level).toLowerCase()} known to the official geography`, { field });
  return { level, code: level === 'ZONE' ? ref.code.trim() : code };
}

const communeCache = new Map<string, readonly string[]>();
const COMMUNE_CACHE_SIZE = 500;

/**
 * Every current commune of an administrative territory (empty for a zone: its members are the
 * territory service's). Reference data, so the answer is cached: a scan of France's communes
 * takes a few milliseconds and the same territories are asked again and again.
 */
export function communesOf(ref: TerritoryRef, geography = Geography.load()): readonly string[] {
  if (ref.level === 'COMMUNE') return geography.communes.has(ref.code) ? [ref.code] : [];
  if (ref.level === 'ZONE') return [];
  const key = `${ref.level}:${ref.code}`;
  const cached = communeCache.get(key);
  if (cached) return cached;
  const codes: string[] = [];
  for (const code of geography.communes.keys()) if (geography.communeIsIn(code, ref)) codes.push(code);
  if (communeCache.size >= COMMUNE_CACHE_SIZE) communeCache.delete(communeCache.keys().next().value!);
  communeCache.set(key, codes);
  return codes;
}
