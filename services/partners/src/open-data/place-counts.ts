// Open data: how many mediation places each territory of a level holds, for the whole country in
// one answer (a map, the dashboard's "places open" column for every commune). One GROUP BY over
// the places by commune; the roll-up to EPCIs, départements and régions uses the official
// geography, as Territory.placeCount does.
import type { DataSource } from 'typeorm';
import { DomainError } from '@pass-numerique/kernel';
import { Geography } from '@pass-numerique/geography';
import type { PartnersContext } from '../context';

const LEVELS = ['REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE'] as const;
type Level = (typeof LEVELS)[number];

export class PlaceCountRepository {
  constructor(private readonly dataSource: DataSource) {}

  async columns(level: Level, qualifiedOnly: boolean): Promise<{ level: Level; keys: string[]; counts: number[] }> {
    // Two texts, not one with a boolean parameter: only a literal predicate lets the planner use
    // the partial index place_qualified_insee (an index-only scan instead of reading every place).
    const rows: Array<{ insee_code: string; count: number }> = await this.dataSource.query(
      qualifiedOnly
        ? `SELECT insee_code, count(*)::int AS count FROM place WHERE qualification_status = 'QUALIFIED' GROUP BY insee_code`
        : `SELECT insee_code, count(*)::int AS count FROM place GROUP BY insee_code`,
    );
    const geography = Geography.load();
    const counts = new Map<string, number>();
    for (const r of rows) {
      const commune = geography.commune(r.insee_code);
      if (!commune) continue;
      const key = level === 'COMMUNE' ? commune.code : level === 'EPCI' ? commune.epci : level === 'DEPARTEMENT' ? commune.departement : commune.region;
      if (key) counts.set(key, (counts.get(key) ?? 0) + r.count);
    }
    const keys = [...counts.keys()].sort();
    return { level, keys, counts: keys.map((k) => counts.get(k) ?? 0) };
  }
}

export const placeCountResolvers = {
  Query: {
    placeCountColumns: (_: unknown, args: { level: string; qualifiedOnly?: boolean | null }, ctx: PartnersContext) => {
      if (!(LEVELS as readonly string[]).includes(args.level)) {
        throw new DomainError('BAD_USER_INPUT', 'places are counted by région, département, EPCI or commune (zones are the territory service’s)', { field: 'level' });
      }
      return ctx.services.placeCounts.columns(args.level as Level, args.qualifiedOnly ?? true);
    },
  },
};
