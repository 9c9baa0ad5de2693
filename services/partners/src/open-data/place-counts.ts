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

type Columns = { level: Level; keys: string[]; counts: number[] };

/**
 * How long counts are reused: places open change with a qualification decision, a few a day; a
 * dashboard of every département asks for them on every view, and anyone may ask (open data).
 */
export const PLACE_COUNT_REFRESH_MS = 30_000;

export class PlaceCountRepository {
  private readonly counted = new Map<string, { until: number; columns: Promise<Columns> }>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly refreshMs = PLACE_COUNT_REFRESH_MS,
  ) {}

  /** Counted at most once per refresh period and level (concurrent callers share one count). */
  columns(level: Level, qualifiedOnly: boolean): Promise<Columns> {
    const key = `${level}:${qualifiedOnly}`;
    const now = Date.now();
    const cached = this.counted.get(key);
    if (cached && cached.until > now) return cached.columns;
    const columns = this.countNow(level, qualifiedOnly);
    this.counted.set(key, { until: now + this.refreshMs, columns });
    columns.catch(() => this.counted.delete(key));
    return columns;
  }

  /** Counted now, every territory of the level (Territory.placeCount, which must show a qualification at once, uses it for départements and régions). */
  async countNow(level: Level, qualifiedOnly: boolean): Promise<Columns> {
    // By département and région, the database groups by the INSEE code's département (its first
    // two characters, three overseas: 2A004 → 2A, 97411 → 974) and answers a hundred rows; by EPCI
    // and commune, it groups by commune and the official geography rolls up.
    const byDepartement = level === 'DEPARTEMENT' || level === 'REGION';
    const group = byDepartement ? `CASE WHEN left(insee_code, 2) = '97' THEN left(insee_code, 3) ELSE left(insee_code, 2) END` : `insee_code`;
    // Two texts, not one with a boolean parameter: only a literal predicate lets the planner use
    // the partial index place_accepting_insee (an index-only scan instead of reading every place).
    const rows: Array<{ code: string; count: number }> = await this.dataSource.query(
      `SELECT ${group} AS code, count(*)::int AS count FROM place ${qualifiedOnly ? `WHERE accepts_passes` : ''} GROUP BY 1`,
    );
    const geography = Geography.load();
    const counts = new Map<string, number>();
    for (const r of rows) {
      let key: string | null | undefined;
      if (byDepartement) key = level === 'DEPARTEMENT' ? geography.departements.get(r.code)?.code : geography.departements.get(r.code)?.parent;
      else {
        const commune = geography.commune(r.code);
        key = level === 'COMMUNE' ? commune?.code : commune?.epci;
      }
      if (key) counts.set(key, (counts.get(key) ?? 0) + r.count);
    }
    const keys = [...counts.keys()].sort();
    return { level, keys, counts: keys.map((k) => counts.get(k) ?? 0) };
  }
}

/**
 * Codes and counts hold no comma or quote and never start a formula (INSEE codes, SIRENs and whole
 * numbers): nothing to escape or neutralise. Not through writeCsv, which took 50–150 ms for the
 * 35,000 communes against 7 ms here, on every request.
 */
export function placeCountsCsv(columns: Columns): string {
  const lines = new Array<string>(columns.keys.length + 1);
  lines[0] = 'code,places';
  for (let i = 0; i < columns.keys.length; i++) lines[i + 1] = `${columns.keys[i]},${columns.counts[i]}`;
  return `${lines.join('\r\n')}\r\n`;
}

export const placeCountResolvers = {
  PlaceCountColumns: {
    csv: (columns: Columns) => placeCountsCsv(columns),
  },
  Query: {
    placeCountColumns: (_: unknown, args: { level: string; qualifiedOnly?: boolean | null }, ctx: PartnersContext) => {
      if (!(LEVELS as readonly string[]).includes(args.level)) {
        throw new DomainError('BAD_USER_INPUT', 'places are counted by région, département, EPCI or commune (zones are the territory service’s)', { field: 'level' });
      }
      return ctx.services.placeCounts.columns(args.level as Level, args.qualifiedOnly ?? true);
    },
  },
};
