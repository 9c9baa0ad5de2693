// The map of France as the territory service stores it, built from the pinned
// @etalab/decoupage-administratif package. Pure: reads the package's JSON files, returns rows.
//
// What is kept (the package also lists the overseas collectivities, "COM": Saint-Pierre-et-
// Miquelon, Saint-Barthélemy, Saint-Martin, Wallis-et-Futuna, French Polynesia, New Caledonia,
// the TAAF and Clipperton, each at once as a "région" and a "département" with `zone: "com"`):
// - régions and départements whose `zone` is not "com": the 18 régions (13 metropolitan,
//   5 overseas) and 101 départements of France;
// - communes of type "commune-actuelle" lying in one of those régions (34,875 in 6.0.0; the 94
//   COM communes, the former "déléguées"/"associées" communes and the municipal
//   arrondissements of Paris, Lyon and Marseille are left out);
// - EPCIs with their member communes among those (all 1,255 in 6.0.0).
// Populations of EPCIs, départements and régions are the sums of their communes' (the
// package's own EPCI totals come from another census vintage, and would not add up).
import { readFileSync } from 'node:fs';
import type { AdministrativeLevel } from '../territories/territory-codes';

export const REFERENCE_PACKAGE = '@etalab/decoupage-administratif';

interface RawArea {
  code: string;
  nom: string;
  zone?: string;
  region?: string;
}
interface RawEpci {
  code: string;
  nom: string;
  type: string;
  membres: Array<{ code: string }>;
}
interface RawCommune {
  code: string;
  nom: string;
  type: string;
  zone?: string;
  departement: string;
  region: string;
  arrondissement?: string;
  population?: number;
  codesPostaux?: string[];
  siren?: string;
}

export interface TerritoryRow {
  level: AdministrativeLevel;
  code: string;
  name: string;
  population: number;
  parentLevel: AdministrativeLevel | null;
  parentCode: string | null;
  epciCode: string | null;
  departementCode: string | null;
  regionCode: string | null;
  siren: string | null;
  /** CA, CC, CU or METRO for an EPCI. */
  epciKind: string | null;
  postalCodes: string[];
}

export interface FranceMap {
  packageVersion: string;
  rows: TerritoryRow[];
  counts: Record<AdministrativeLevel, number>;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(require.resolve(`${REFERENCE_PACKAGE}/${file}`), 'utf8')) as T;
}

export function installedPackageVersion(): string {
  return readJson<{ version: string }>('package.json').version;
}

/** The raw communes, for tools that need facts the service does not store (arrondissements). */
export function readRawCommunes(): RawCommune[] {
  return readJson<RawCommune[]>('data/communes.json');
}

export function readFranceMap(): FranceMap {
  const regions = readJson<RawArea[]>('data/regions.json').filter((r) => r.zone !== 'com');
  const regionCodes = new Set(regions.map((r) => r.code));
  const departements = readJson<RawArea[]>('data/departements.json').flatMap((d) =>
    d.zone !== 'com' && d.region && regionCodes.has(d.region) ? [{ code: d.code, nom: d.nom, region: d.region }] : [],
  );
  const communes = readRawCommunes().filter((c) => c.type === 'commune-actuelle' && regionCodes.has(c.region));
  const communeByCode = new Map(communes.map((c) => [c.code, c]));
  const epcis = readJson<RawEpci[]>('data/epci.json')
    .map((e) => ({ ...e, members: e.membres.flatMap((m) => communeByCode.get(m.code) ?? []) }))
    .filter((e) => e.members.length > 0);

  const regionOfDepartement = new Map(departements.map((d) => [d.code, d.region]));
  const epciOfCommune = new Map<string, string>();
  const population = { DEPARTEMENT: new Map<string, number>(), REGION: new Map<string, number>(), EPCI: new Map<string, number>() };
  const add = (map: Map<string, number>, key: string, n: number) => map.set(key, (map.get(key) ?? 0) + n);
  for (const c of communes) {
    add(population.DEPARTEMENT, c.departement, c.population ?? 0);
    add(population.REGION, c.region, c.population ?? 0);
  }

  const rows: TerritoryRow[] = [];
  for (const r of regions) {
    rows.push(area('REGION', r.code, r.nom, population.REGION.get(r.code) ?? 0, null, { regionCode: r.code }));
  }
  for (const d of departements) {
    rows.push(area('DEPARTEMENT', d.code, d.nom, population.DEPARTEMENT.get(d.code) ?? 0, { level: 'REGION', code: d.region }, { departementCode: d.code, regionCode: d.region }));
  }
  for (const e of epcis) {
    // An EPCI may straddle départements (89 do, 26 of them across régions). Its place in the
    // tree is the département where most of its inhabitants live; its communes keep their own
    // département in their chain.
    const byDepartement = new Map<string, number>();
    let total = 0;
    for (const c of e.members) {
      epciOfCommune.set(c.code, e.code);
      add(byDepartement, c.departement, c.population ?? 0);
      total += c.population ?? 0;
    }
    const [departement] = [...byDepartement.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    population.EPCI.set(e.code, total);
    rows.push({
      ...area('EPCI', e.code, e.nom, total, { level: 'DEPARTEMENT', code: departement }, {
        epciCode: e.code,
        departementCode: departement,
        regionCode: regionOfDepartement.get(departement) ?? null,
      }),
      siren: e.code,
      epciKind: e.type,
    });
  }
  for (const c of communes) {
    const epci = epciOfCommune.get(c.code) ?? null;
    rows.push({
      level: 'COMMUNE',
      code: c.code,
      name: c.nom,
      population: c.population ?? 0,
      // The four island communes outside any EPCI hang directly under their département.
      parentLevel: epci ? 'EPCI' : 'DEPARTEMENT',
      parentCode: epci ?? c.departement,
      epciCode: epci,
      departementCode: c.departement,
      regionCode: c.region,
      siren: c.siren ?? null,
      epciKind: null,
      postalCodes: [...new Set(c.codesPostaux ?? [])].sort(),
    });
  }
  return {
    packageVersion: installedPackageVersion(),
    rows,
    counts: { REGION: regions.length, DEPARTEMENT: departements.length, EPCI: epcis.length, COMMUNE: communes.length },
  };
}

function area(
  level: AdministrativeLevel,
  code: string,
  name: string,
  population: number,
  parent: { level: AdministrativeLevel; code: string } | null,
  chain: { epciCode?: string | null; departementCode?: string | null; regionCode?: string | null },
): TerritoryRow {
  return {
    level,
    code,
    name,
    population,
    parentLevel: parent?.level ?? null,
    parentCode: parent?.code ?? null,
    epciCode: chain.epciCode ?? null,
    departementCode: chain.departementCode ?? null,
    regionCode: chain.regionCode ?? null,
    siren: null,
    epciKind: null,
    postalCodes: [],
  };
}
