// Alerts for programme staff: low usage, passes at risk of expiring unused (J-30, J-15, J-7),
// qualified places with no redemption, and suggestions to move unused booklets. Thresholds are
// arguments with documented defaults (docs/analytics.md); every figure comes from a read model
// or an index range (alerts.repository.ts).
import type { DataSource } from 'typeorm';
import type { FunnelDimension } from '../funnel/funnel.repository';
import type { ProgrammeEntity } from '../programmes/programme.entity';
import { territoryChanges } from '../funnel/funnel-writer';
import { communesOfTerritory } from '../territories/perimeters';
import type { TerritoryRef } from '../territories/territory-rules';
import { AlertsRepository, type ExpiringHandOut, type UnhandedStock } from './alerts.repository';
import { suggestReallocations, type IdleBooklet, type Suggestion } from './reallocation';
import { ADMINISTRATIVE_RANK, checkExpiringArgs, checkLowUsageArgs, checkPlacesPage, checkReallocationArgs } from './alerts.rules';

export const DEFAULT_LOW_USAGE_BELOW = 0.5;
export const DEFAULT_MIN_HANDED_OUT = 100;
export const DEFAULT_HORIZONS = [30, 15, 7];
export const DEFAULT_DEMAND_WINDOW_DAYS = 90;

export interface HorizonCounts {
  horizonDays: number;
  endsBy: string;
  handedOutNotRedeemed: number;
  allocatedNotHandedOut: number;
  inStock: number;
}

export interface ExpiringRow {
  key: string;
  by: FunnelDimension;
  horizons: HorizonCounts[];
}

export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Where allocated passes count at a level: the distributor's scope, rolled up when it lies below that level; null when it does not fit in one territory of it. */
function scopeAt(level: FunnelDimension, scope: TerritoryRef): string | null {
  if (!(scope.level in ADMINISTRATIVE_RANK) || ADMINISTRATIVE_RANK[scope.level] < ADMINISTRATIVE_RANK[level]) return null;
  return territoryChanges(scope, 'allocated', 0).find((t) => t.dimension === level)?.key ?? null;
}

function residenceAt(level: FunnelDimension, h: ExpiringHandOut): string | null {
  switch (level) {
    case 'DISTRIBUTOR':
      return h.distributor;
    case 'COMMUNE':
      return h.commune;
    case 'EPCI':
      return h.epci;
    case 'DEPARTEMENT':
      return h.departement;
    case 'REGION':
      return h.region;
    default:
      return null;
  }
}

export class AlertsService {
  constructor(
    private readonly dataSource: DataSource,
    readonly repository: AlertsRepository,
  ) {}

  async lowUsage(programme: ProgrammeEntity, args: { by: FunnelDimension; below: number; minHandedOut: number; first: number }) {
    const { below, minHandedOut, first } = checkLowUsageArgs(args);
    const { keys, totalCount } = await this.repository.lowUsage(programme.id, args.by, below, minHandedOut, first);
    return { threshold: below, minHandedOut, totalCount, keys: keys.map((k) => k.key) };
  }

  async expiringPasses(programme: ProgrammeEntity, asOf: string, args: { by: FunnelDimension; horizons: number[]; first: number }) {
    const { horizons, first } = checkExpiringArgs(args);
    const widest = addDays(asOf, horizons[0]);
    const [handedOut, unhanded] = await Promise.all([this.repository.expiringHandedOut(programme.id, asOf, widest), this.repository.unhandedStock(programme.id, asOf, widest)]);

    const empty = (): HorizonCounts[] => horizons.map((h) => ({ horizonDays: h, endsBy: addDays(asOf, h), handedOutNotRedeemed: 0, allocatedNotHandedOut: 0, inStock: 0 }));
    const totals = empty();
    const rows = new Map<string, HorizonCounts[]>();
    const add = (key: string | null, day: string, field: 'handedOutNotRedeemed' | 'allocatedNotHandedOut' | 'inStock', passes: number) => {
      let row = key === null ? undefined : rows.get(key);
      if (key !== null && !row) rows.set(key, (row = empty()));
      const targets = row ? [totals, row] : [totals];
      for (const counts of targets) for (const h of counts) if (day <= h.endsBy) h[field] += passes;
    };
    for (const h of handedOut) add(residenceAt(args.by, h), h.validUntil, 'handedOutNotRedeemed', h.passes);
    for (const s of unhanded) {
      if (s.distributor === null) add(null, s.deadline, 'inStock', s.passes);
      else add(this.stockKey(programme, args.by, s), s.deadline, 'allocatedNotHandedOut', s.passes);
    }
    // A key counted only through `totals` (allocated stock whose scope spans several territories) is in the totals alone.
    const ranked = [...rows.entries()]
      .map(([key, counts]) => ({ key, by: args.by, horizons: counts }))
      .sort((a, b) => {
        const [wa, wb] = [a.horizons[0], b.horizons[0]];
        return wb.handedOutNotRedeemed + wb.allocatedNotHandedOut - (wa.handedOutNotRedeemed + wa.allocatedNotHandedOut) || (a.key < b.key ? -1 : 1);
      });
    return { asOf, totals, totalCount: ranked.length, rows: ranked.slice(0, first) };
  }

  private stockKey(programme: ProgrammeEntity, by: FunnelDimension, s: UnhandedStock): string | null {
    if (by === 'DISTRIBUTOR') return s.distributor;
    const scope = s.scopeLevel && s.scopeCode ? { level: s.scopeLevel, code: s.scopeCode } : { level: programme.perimeterLevel, code: programme.perimeterCode };
    return scopeAt(by, scope);
  }

  async placesWithoutRedemption(programme: ProgrammeEntity, first: number, after?: string) {
    checkPlacesPage(first);
    const communes = (await communesOfTerritory(this.dataSource.manager, { level: programme.perimeterLevel, code: programme.perimeterCode })) ?? [];
    return this.repository.placesWithoutRedemption(programme.id, communes, first + 1, after);
  }

  async reallocationSuggestions(
    programme: ProgrammeEntity,
    asOf: string,
    args: { lowUsageBelow: number; minHandedOut: number; demandWindowDays: number; first: number },
  ): Promise<{ daysLeft: number; suggestions: Suggestion[] }> {
    const { first, ...thresholds } = checkReallocationArgs(args);
    const policy = {
      ...thresholds,
      // Hand-outs stop after the programme's last day (PROGRAMME_ENDED).
      daysLeft: Math.max(0, daysBetween(asOf, programme.endsOn) + 1),
    };
    if (policy.daysLeft === 0) return { daysLeft: 0, suggestions: [] };
    const windowEnd = new Date(`${addDays(asOf, 1)}T00:00:00Z`);
    const windowStart = new Date(`${addDays(asOf, 1 - policy.demandWindowDays)}T00:00:00Z`);
    const [totals, recent, agreements] = await Promise.all([
      this.repository.distributorTotals(programme.id),
      this.repository.handedOutBetween(programme.id, windowStart, windowEnd),
      this.repository.agreements(programme.id),
    ]);
    const distributors = totals.map((t) => ({
      organisationId: t.organisationId,
      stock: Math.max(0, t.allocated - t.handedOut),
      handedOut: t.handedOut,
      redeemed: t.redeemed,
      handedOutInWindow: recent.get(t.organisationId) ?? 0,
    }));
    // Where each distributor may receive booklets: the scopes of its agreements in force on asOf.
    const perimeter = { level: programme.perimeterLevel, code: programme.perimeterCode };
    const scopes = new Map<string, TerritoryRef[]>();
    for (const a of agreements) {
      if (a.startsOn > asOf || (a.endsOn !== null && a.endsOn < asOf)) continue;
      scopes.set(a.organisationId, [...(scopes.get(a.organisationId) ?? []), a.scopeLevel && a.scopeCode ? { level: a.scopeLevel, code: a.scopeCode } : perimeter]);
    }
    // Whether a booklet may go to a receiver: its order's perimeter meets one of the receiver's
    // scopes (as allocateBooklets checks). Communes of each territory are read once per call and
    // each (perimeter, scope) pair is settled once, however many booklets and receivers there are.
    const communes = new Map<string, Promise<Set<string>>>();
    const communesOf = (t: TerritoryRef) =>
      remembered(communes, `${t.level}:${t.code}`, () => communesOfTerritory(this.dataSource.manager, t).then((c) => new Set(c ?? [])));
    const overlaps = new Map<string, Promise<boolean>>();
    const meets = (a: TerritoryRef, b: TerritoryRef) =>
      remembered(overlaps, `${a.level}:${a.code}|${b.level}:${b.code}`, () =>
        Promise.all([communesOf(a), communesOf(b)]).then(([x, y]) => {
          const [small, large] = x.size <= y.size ? [x, y] : [y, x];
          for (const c of small) if (large.has(c)) return true;
          return false;
        }),
      );
    const idle = new Map<string, Promise<IdleBooklet[]>>();
    const idleBookletsOf = (giver: string): Promise<IdleBooklet[]> => remembered(idle, giver, () => readIdleBooklets(giver));
    const readIdleBooklets = async (giver: string): Promise<IdleBooklet[]> =>
      (await this.repository.idleBooklets(programme.id, giver, asOf)).map((b) => ({
        id: b.id,
        size: b.size,
        movableTo: async (to: string) => {
          for (const scope of scopes.get(to) ?? []) if (await meets({ level: b.perimeterLevel, code: b.perimeterCode }, scope)) return true;
          return false;
        },
      }));
    return { daysLeft: policy.daysLeft, suggestions: await suggestReallocations(distributors, idleBookletsOf, policy, first) };
  }
}

/** The value remembered under `key`, made (once) by `make` the first time it is asked for. */
function remembered<V>(memory: Map<string, V>, key: string, make: () => V): V {
  let value = memory.get(key);
  if (value === undefined) memory.set(key, (value = make()));
  return value;
}
