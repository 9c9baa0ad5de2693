// Open data: how many mediation places each territory of a level holds, for the whole country in
// one answer (a map, the dashboard's "places open" column for every commune). One GROUP BY over
// the places by commune; the roll-up to EPCIs, départements and régions uses the official
// geography, as Territory.placeCount does.
import { Geography } from '@pass-numerique/geography';
import type { PlaceCountRepository } from './place-count.repository';

export const PLACE_COUNT_LEVELS = ['REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE'] as const;
export type PlaceCountLevel = (typeof PLACE_COUNT_LEVELS)[number];

/** Every territory of a level with its count, as two parallel columns sorted by code. */
export type PlaceCountColumns = { level: PlaceCountLevel; keys: string[]; counts: number[] };

/**
 * How long counts are reused: places open change with a qualification decision, a few a day; a
 * dashboard of every département asks for them on every view, and anyone may ask (open data).
 */
export const PLACE_COUNT_REFRESH_MS = 30_000;

export class PlaceCountService {
  private readonly counted = new Map<string, { until: number; columns: Promise<PlaceCountColumns> }>();

  constructor(
    private readonly repository: PlaceCountRepository,
    private readonly refreshMs = PLACE_COUNT_REFRESH_MS,
  ) {}

  /** Counted at most once per refresh period and level (concurrent callers share one count). */
  columns(level: PlaceCountLevel, qualifiedOnly: boolean): Promise<PlaceCountColumns> {
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
  async countNow(level: PlaceCountLevel, qualifiedOnly: boolean): Promise<PlaceCountColumns> {
    // By département and région, the database groups by département and answers a hundred rows;
    // by EPCI and commune, it groups by commune and the official geography rolls up.
    const byDepartement = level === 'DEPARTEMENT' || level === 'REGION';
    const rows = await this.repository.countsBy(byDepartement, qualifiedOnly);
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
export function placeCountsCsv(columns: PlaceCountColumns): string {
  const lines = new Array<string>(columns.keys.length + 1);
  lines[0] = 'code,places';
  for (let i = 0; i < columns.keys.length; i++) lines[i + 1] = `${columns.keys[i]},${columns.counts[i]}`;
  return `${lines.join('\r\n')}\r\n`;
}
