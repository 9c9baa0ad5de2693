// Open data: a programme's figures by administrative territory, for anyone, with small-count
// suppression (suppression.ts). The whole programme is protected at once — every level and every
// total that a reader could combine — and then one level is published, as JSON or CSV.
import type { DataSource } from 'typeorm';
import { writeCsv } from '@pass-numerique/service-kit';
import { Geography } from '@pass-numerique/geography';
import { rate } from '../usage/usage-figures';
import { OpenDataRepository } from './open-data.repository';
import { suppress, type Group, type Suppression } from './suppression';
import { OPEN_DATA_LEVELS, type OpenDataLevel } from './open-data.rules';

/** No published cell describes fewer people than this (1 to 10 people are never published). */
export const OPEN_DATA_THRESHOLD = 11;


export interface OpenFigures {
  level: OpenDataLevel | 'PROGRAMME';
  code: string;
  peopleHelped: number | null;
  passesHandedOut: number | null;
  passesRedeemed: number | null;
  usageRate: number | null;
  suppression: Suppression | null;
}

interface Cell {
  level: OpenDataLevel | 'PROGRAMME';
  code: string;
  people: number;
  handedOut: number;
  redeemed: number;
}

const cellId = (level: string, code: string) => `${level}:${code}`;

function published(cell: Cell, suppression: Suppression | undefined): OpenFigures {
  if (suppression) return { level: cell.level, code: cell.code, peopleHelped: null, passesHandedOut: null, passesRedeemed: null, usageRate: null, suppression };
  return {
    level: cell.level,
    code: cell.code,
    peopleHelped: cell.people,
    passesHandedOut: cell.handedOut,
    passesRedeemed: cell.redeemed,
    usageRate: rate(cell.redeemed, cell.handedOut),
    suppression: null,
  };
}

export type ProtectedFigures = { programme: OpenFigures; byLevel: Map<OpenDataLevel, OpenFigures[]> };

/** How long a programme's published figures are reused: open data is not a live feed, and anyone may ask. */
export const OPEN_DATA_REFRESH_MS = 60_000;

export class OpenDataService {
  private readonly published = new Map<string, { until: number; figures: Promise<ProtectedFigures> }>();

  private readonly repository: OpenDataRepository;

  constructor(
    dataSource: DataSource,
    private readonly refreshMs = OPEN_DATA_REFRESH_MS,
  ) {
    this.repository = new OpenDataRepository(dataSource);
  }

  /** Every cell of the programme, protected together; computed at most once per refresh period (concurrent callers share one computation). */
  protectedFigures(programmeId: string): Promise<ProtectedFigures> {
    const now = Date.now();
    const cached = this.published.get(programmeId);
    if (cached && cached.until > now) return cached.figures;
    const figures = this.compute(programmeId);
    this.published.set(programmeId, { until: now + this.refreshMs, figures });
    figures.catch(() => this.published.delete(programmeId));
    const oldest = this.published.keys().next();
    if (this.published.size > 1_000 && !oldest.done) this.published.delete(oldest.value);
    return figures;
  }

  /**
   * Whether open data suppresses the programme's total of `people` (now) or suppressed it in the
   * figures it publishes: the total is the sum of its régions, so the secondary rule hides it only
   * when it is below the threshold itself, which the live count says at once; the published
   * figures (recomputed at most once a minute) are asked when it says nothing.
   */
  async suppressesTotal(programmeId: string, people: number): Promise<boolean> {
    if (people === 0) return false;
    if (people < OPEN_DATA_THRESHOLD) return true;
    return (await this.protectedFigures(programmeId)).programme.suppression !== null;
  }

  private async compute(programmeId: string): Promise<ProtectedFigures> {
    const rows = await this.repository.countsByTerritory(programmeId);
    const cells = new Map<string, Cell>();
    for (const r of rows) {
      cells.set(cellId(r.dimension, r.key), { level: r.dimension, code: r.key, people: Number(r.people), handedOut: Number(r.handed_out ?? 0), redeemed: Number(r.redeemed ?? 0) });
    }
    const total = cellId('PROGRAMME', '');
    const programmeCell = cells.get(total) ?? { level: 'PROGRAMME', code: '', people: 0, handedOut: 0, redeemed: 0 };
    cells.set(total, programmeCell);

    const geography = Geography.load();
    const parts = new Map<string, string[]>();
    const partOf = (group: string, cell: string) => parts.set(group, [...(parts.get(group) ?? []), cell]);
    for (const [id, cell] of cells) {
      if (cell.level === 'REGION') partOf(total, id);
      else if (cell.level === 'DEPARTEMENT') {
        const region = geography.departements.get(cell.code)?.parent;
        if (region) partOf(cellId('REGION', region), id);
      } else if (cell.level === 'EPCI') partOf(`${total}/epcis`, id);
      else if (cell.level === 'COMMUNE') {
        const commune = geography.commune(cell.code);
        if (!commune) continue;
        partOf(cellId('DEPARTEMENT', commune.departement), id);
        // The EPCIs and the communes outside any EPCI add up to the programme's total too.
        partOf(commune.epci ? cellId('EPCI', commune.epci) : `${total}/epcis`, id);
      }
    }
    const groups: Group[] = [...parts.entries()].map(([group, members]) => ({ total: group.endsWith('/epcis') ? total : group, parts: members }));
    const people = new Map([...cells.entries()].map(([id, c]) => [id, c.people]));
    const hidden = suppress(people, groups, OPEN_DATA_THRESHOLD);

    const byLevel = new Map<OpenDataLevel, OpenFigures[]>(OPEN_DATA_LEVELS.map((l) => [l, []]));
    for (const [id, cell] of cells) if (cell.level !== 'PROGRAMME') byLevel.get(cell.level)?.push(published(cell, hidden.get(id)));
    return { programme: published(programmeCell, hidden.get(total)), byLevel };
  }

  /** One level as CSV (RFC 4180, comma-separated, UTF-8), with the territories' official names. */
  async csv(programmeId: string, level: OpenDataLevel): Promise<string> {
    const { programme, byLevel } = await this.protectedFigures(programmeId);
    const geography = Geography.load();
    const nameOf = (code: string) =>
      level === 'COMMUNE' ? geography.commune(code)?.name : level === 'EPCI' ? geography.epcis.get(code)?.name : level === 'DEPARTEMENT' ? geography.departements.get(code)?.name : geography.regions.get(code)?.name;
    const line = (f: OpenFigures, name: string) => [f.level, f.code, name, f.peopleHelped ?? '', f.passesHandedOut ?? '', f.passesRedeemed ?? '', f.usageRate ?? '', f.suppression ?? ''];
    return writeCsv([
      ['level', 'code', 'name', 'people_helped', 'passes_handed_out', 'passes_redeemed', 'usage_rate', 'suppression'],
      line(programme, 'programme'),
      ...(byLevel.get(level) ?? []).map((f) => line(f, nameOf(f.code) ?? '')),
    ]);
  }
}
