// Perimeter and scope rules on the French map, answered from libs/geography (reference data
// versioned with the code), never by calling the territory service at request time.
// Programme zones are not known here yet (no zone events consumed), so a ZONE is refused.
import { Geography } from '@pass-numerique/geography';
import { DomainError } from '@pass-numerique/kernel';

export interface TerritoryRef {
  level: string;
  code: string;
}

const communesCache = new Map<string, readonly string[]>();

/** Current communes of an administrative territory (empty when it does not exist). */
export function communesOf(territory: TerritoryRef): readonly string[] {
  const id = `${territory.level}:${territory.code}`;
  const cached = communesCache.get(id);
  if (cached) return cached;
  const geography = Geography.load();
  let communes: string[] = [];
  if (territory.level === 'COMMUNE') communes = geography.commune(territory.code) ? [territory.code] : [];
  else if (territory.level === 'EPCI') communes = geography.membersOfEpci(territory.code).filter((c) => geography.commune(c));
  else if (territory.level === 'DEPARTEMENT' || territory.level === 'REGION') {
    for (const c of geography.communes.values()) if (geography.communeIsIn(c.code, territory)) communes.push(c.code);
  }
  communesCache.set(id, communes);
  return communes;
}

export function territoryExists(territory: TerritoryRef): boolean {
  const geography = Geography.load();
  switch (territory.level) {
    case 'COMMUNE':
      return geography.commune(territory.code) !== undefined;
    case 'EPCI':
      return geography.epcis.has(territory.code);
    case 'DEPARTEMENT':
      return geography.departements.has(territory.code);
    case 'REGION':
      return geography.regions.has(territory.code);
    default:
      return false;
  }
}

/** Refuses a territory that is not on the map (UNKNOWN_TERRITORY), or a zone (UNKNOWN_ZONE). */
export function assertKnownTerritory(territory: TerritoryRef, field: string): void {
  if (territory.level === 'ZONE') {
    throw new DomainError('UNKNOWN_ZONE', `zone ${territory.code} is not known to the passes service`, { field });
  }
  if (!territoryExists(territory)) {
    throw new DomainError('UNKNOWN_TERRITORY', `${territory.level} ${territory.code} does not exist`, { field });
  }
}

export function communeIsIn(communeCode: string, territory: TerritoryRef): boolean {
  return Geography.load().communeIsIn(communeCode, territory);
}

/** Whether every commune of `inner` lies in `outer`. */
export function territoryIsWithin(inner: TerritoryRef, outer: TerritoryRef): boolean {
  if (inner.level === outer.level && inner.code === outer.code) return true;
  const communes = communesOf(inner);
  return communes.length > 0 && communes.every((c) => communeIsIn(c, outer));
}

/** Whether two territories share at least one commune. */
export function territoriesOverlap(a: TerritoryRef, b: TerritoryRef): boolean {
  if (a.level === b.level && a.code === b.code) return true;
  const [small, large] = communesOf(a).length <= communesOf(b).length ? [a, b] : [b, a];
  return communesOf(small).some((c) => communeIsIn(c, large));
}
