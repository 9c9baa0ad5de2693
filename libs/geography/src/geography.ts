// Read-only French administrative geography, built in memory from the pinned
// @etalab/decoupage-administratif package. Every service that rolls figures up
// (commune → EPCI → département → région) reads it here instead of calling the territory
// service at query time: the data is reference data, versioned with the package, identical
// everywhere. Territory still owns the federated entity, populations and programme zones.

export type GeoLevel = 'REGION' | 'DEPARTEMENT' | 'EPCI' | 'COMMUNE';

export interface CommuneFacts {
  code: string;
  name: string;
  departement: string;
  region: string;
  /** SIREN of the EPCI the commune belongs to; null for the few communes outside any EPCI. */
  epci: string | null;
  population: number;
  postalCodes: string[];
  siren: string | null;
}

export interface AreaFacts {
  level: Exclude<GeoLevel, 'COMMUNE'>;
  code: string;
  name: string;
  /** For a département, its région; for an EPCI, the département of its seat. */
  parent: string | null;
}

interface RawCommune {
  code: string;
  nom: string;
  type: string;
  departement: string;
  region: string;
  population?: number;
  codesPostaux?: string[];
  siren?: string;
}
interface RawArea {
  code: string;
  nom: string;
  region?: string;
  zone?: string;
  membres?: Array<{ code: string }>;
}

export class Geography {
  private static shared?: Geography;
  readonly communes = new Map<string, CommuneFacts>();
  readonly regions = new Map<string, AreaFacts>();
  readonly departements = new Map<string, AreaFacts>();
  readonly epcis = new Map<string, AreaFacts>();
  private readonly epciMembers = new Map<string, string[]>();

  /** Loaded once per process (about 100 ms and 30 MB for the whole of France). */
  static load(): Geography {
    Geography.shared ??= new Geography();
    return Geography.shared;
  }

  private constructor() {
    const regions: RawArea[] = require('@etalab/decoupage-administratif/data/regions.json');
    const departements: RawArea[] = require('@etalab/decoupage-administratif/data/departements.json');
    const epcis: RawArea[] = require('@etalab/decoupage-administratif/data/epci.json');
    const communes: RawCommune[] = require('@etalab/decoupage-administratif/data/communes.json');
    const epciOfCommune = new Map<string, string>();
    for (const e of epcis) {
      const members = (e.membres ?? []).map((m) => m.code);
      this.epciMembers.set(e.code, members);
      for (const m of members) epciOfCommune.set(m, e.code);
    }
    // The package also lists the overseas collectivities (zone "com": Saint-Martin, Polynesia…),
    // which are not régions or départements; like the territory service, keep the 18 régions,
    // the 101 départements and the current communes inside them.
    const keptRegions = regions.filter((r) => r.zone !== 'com');
    const keptRegionCodes = new Set(keptRegions.map((r) => r.code));
    for (const c of communes) {
      if (c.type !== 'commune-actuelle' || !keptRegionCodes.has(c.region)) continue;
      this.communes.set(c.code, {
        code: c.code,
        name: c.nom,
        departement: c.departement,
        region: c.region,
        epci: epciOfCommune.get(c.code) ?? null,
        population: c.population ?? 0,
        postalCodes: c.codesPostaux ?? [],
        siren: c.siren ?? null,
      });
    }
    for (const r of keptRegions) this.regions.set(r.code, { level: 'REGION', code: r.code, name: r.nom, parent: null });
    for (const d of departements) {
      if (d.zone === 'com' || !keptRegionCodes.has(d.region ?? '')) continue;
      this.departements.set(d.code, { level: 'DEPARTEMENT', code: d.code, name: d.nom, parent: d.region ?? null });
    }
    for (const e of epcis) {
      this.epcis.set(e.code, { level: 'EPCI', code: e.code, name: e.nom, parent: this.majorityDepartement(e.code) });
    }
  }

  /** An EPCI spanning several départements sits under the one where most of its inhabitants live (the territory service's rule). */
  private majorityDepartement(epci: string): string | null {
    const population = new Map<string, number>();
    for (const code of this.epciMembers.get(epci) ?? []) {
      const c = this.communes.get(code);
      if (c) population.set(c.departement, (population.get(c.departement) ?? 0) + c.population);
    }
    let best: string | null = null;
    let bestInhabitants = -1;
    for (const [departement, inhabitants] of population) {
      if (inhabitants > bestInhabitants) [best, bestInhabitants] = [departement, inhabitants];
    }
    return best;
  }

  commune(code: string): CommuneFacts | undefined {
    return this.communes.get(code);
  }

  membersOfEpci(code: string): readonly string[] {
    return this.epciMembers.get(code) ?? [];
  }

  /** The chain above a commune, nearest first: EPCI (when it has one), département, région. */
  ancestorsOfCommune(code: string): Array<{ level: GeoLevel; code: string }> {
    const c = this.communes.get(code);
    if (!c) return [];
    const chain: Array<{ level: GeoLevel; code: string }> = [];
    if (c.epci) chain.push({ level: 'EPCI', code: c.epci });
    chain.push({ level: 'DEPARTEMENT', code: c.departement }, { level: 'REGION', code: c.region });
    return chain;
  }

  /** Whether a commune lies in an administrative territory (a programme zone is checked by its member list instead). */
  communeIsIn(communeCode: string, territory: { level: string; code: string }): boolean {
    const c = this.communes.get(communeCode);
    if (!c) return false;
    switch (territory.level) {
      case 'COMMUNE':
        return c.code === territory.code;
      case 'EPCI':
        return c.epci === territory.code;
      case 'DEPARTEMENT':
        return c.departement === territory.code;
      case 'REGION':
        return c.region === territory.code;
      default:
        return false;
    }
  }
}
