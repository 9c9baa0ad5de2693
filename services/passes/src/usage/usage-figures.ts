// The dashboard's derived figures, computed from counts the same way everywhere (rows, columns,
// alerts, open data), so that a rate on one screen is the rate on another.
import { Geography } from '@pass-numerique/geography';
import type { FunnelDimension } from '../funnel/funnel.repository';

/** A share between 0 and 1, rounded to 4 decimals; null when there is nothing to divide by. */
export function rate(part: number, whole: number): number | null {
  if (!whole) return null;
  return Math.round((part / whole) * 10_000) / 10_000;
}

/** Cost per person in cents, rounded half up; null when nobody was helped. */
export function perPerson(costCents: number, people: number): number | null {
  if (!people) return null;
  return Math.round(costCents / people);
}

export const TERRITORIAL_DIMENSIONS: ReadonlySet<FunnelDimension> = new Set(['REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE', 'ZONE']);
/** Dimensions where people helped are counted: everywhere a hand-out counts, i.e. all but places. */
export const PEOPLE_DIMENSIONS: ReadonlySet<FunnelDimension> = new Set(['PROGRAMME', 'REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE', 'ZONE', 'DISTRIBUTOR', 'PUBLIC']);

/**
 * Inhabitants of an administrative territory from libs/geography: the pinned reference data the
 * territory service serves as Territory.population, read here so that a whole-country column needs
 * no 35,000-entity join. Null for other dimensions (zones are summed by the caller).
 */
export function populationOf(dimension: FunnelDimension, code: string): number | null {
  const geography = Geography.load();
  switch (dimension) {
    case 'COMMUNE':
      return geography.commune(code)?.population ?? null;
    case 'EPCI':
    case 'DEPARTEMENT':
    case 'REGION':
      return populationIndex().get(`${dimension}:${code}`) ?? null;
    default:
      return null;
  }
}

let index: Map<string, number> | undefined;
function populationIndex(): Map<string, number> {
  if (index) return index;
  const built = new Map<string, number>();
  const add = (id: string, n: number) => built.set(id, (built.get(id) ?? 0) + n);
  for (const c of Geography.load().communes.values()) {
    add(`DEPARTEMENT:${c.departement}`, c.population);
    add(`REGION:${c.region}`, c.population);
    if (c.epci) add(`EPCI:${c.epci}`, c.population);
  }
  index = built;
  return built;
}

/** Sum of the populations of communes (a zone's members). */
export function populationOfCommunes(communes: readonly string[]): number {
  const geography = Geography.load();
  return communes.reduce((sum, code) => sum + (geography.commune(code)?.population ?? 0), 0);
}
