// The French administrative map as passes needs it, answered from libs/geography (reference
// data versioned with the code), never by calling the territory service at request time.
// Programme zones are answered from their events in perimeters.ts.
import { Geography } from '@pass-numerique/geography';

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

/** An administrative territory's name as the map names it (« Hauts-de-France », « Amiens »); null for a zone or a code not on the map. */
export function administrativeName(territory: TerritoryRef): string | null {
  const geography = Geography.load();
  switch (territory.level) {
    case 'COMMUNE':
      return geography.commune(territory.code)?.name ?? null;
    case 'EPCI':
      return geography.epcis.get(territory.code)?.name ?? null;
    case 'DEPARTEMENT':
      return geography.departements.get(territory.code)?.name ?? null;
    case 'REGION':
      return geography.regions.get(territory.code)?.name ?? null;
    default:
      return null;
  }
}

export function communeIsIn(communeCode: string, territory: TerritoryRef): boolean {
  return Geography.load().communeIsIn(communeCode, territory);
}
