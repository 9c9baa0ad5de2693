// Simulates a programme's history of passes with an injected clock, so that a newcomer finds a
// funnel that means something: each order (a tranche) is placed, delivered and activated, its
// booklets go to the distributors in waves after its activation, are handed out to residents of
// their territory, redeemed at qualified places inside the passes' perimeter, stated, approved and
// paid each month, and the unused ones expire and are credited back.
//
// Orders, allocations, returns, statements, cancellations and expiry go through the services
// themselves (clock set to the simulated day). Hand-outs and redemptions — tens of thousands —
// are written month by month in set-based statements that produce exactly what the services
// would: the same rows, the same funnel counts (same helpers), the same events (recordEvent),
// each pass moving only from the state the service requires (checked by row counts).
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ManualClock, SeededRandom } from '@pass-numerique/kernel';
import { Geography } from '@pass-numerique/geography';
import { PassDistributedV1, PassRedeemedV1 } from '@pass-numerique/event-contracts';
import { recordEvent } from '@pass-numerique/messaging';
import type { DemoPassOrder, DemoPassesHistory } from '@pass-numerique/demo-programme';
import { internalReach, type Logger, type Reach } from '@pass-numerique/service-kit';
import type { PassesServices } from '../context';
import { applyFunnelChanges, handOutChanges, type FunnelChange } from '../funnel/funnel-writer';
import { AGE_BANDS, publicsOf } from '../hand-outs/hand-out.entity';
import { validUntilOf } from '../hand-outs/validity';
import { numberOfSerial } from '../orders/pass-numbers';
import { communesOf, type TerritoryRef } from '../territories/territory-rules';
import { communesOfTerritory } from '../territories/perimeters';
import { lastValidDay } from '../programmes/programme-life';
import { DemoRepository, type DemoBooklet, type DemoHandOut, type DemoRedemption, type SimulatedPlace } from './demo.repository';

const demo = new DemoRepository();

export interface SimulatedDistributor {
  organisationId: string;
  agreementId: string;
  scope: TerritoryRef;
}

export type { SimulatedPlace };
type Booklet = DemoBooklet;
type HandOutPlan = DemoHandOut;
type RedemptionPlan = DemoRedemption;

const DAY = 86_400_000;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const monthOf = (d: Date) => d.toISOString().slice(0, 7);

/** The kernel's reproducible draws, so that the demo is the same on every machine. */
function randomSource(seed: number) {
  const random = new SeededRandom(seed);
  return {
    next: () => random.next(),
    int: (min: number, max: number) => random.int(min, max),
    pick: <T>(items: readonly T[]) => random.pick(items),
    /** An instant on a working day between 08:30 and 18:00 UTC. */
    at: (date: Date) => new Date(date.getTime() + (8.5 + random.next() * 9.5) * 3_600_000),
  };
}

/** Draws communes of a territory in proportion to their population. */
function communeDraw(scope: TerritoryRef) {
  const geography = Geography.load();
  const communes = communesOf(scope).map((code) => geography.commune(code)!);
  const cumulative: number[] = [];
  let total = 0;
  for (const c of communes) cumulative.push((total += Math.max(c.population, 1)));
  return {
    population: total,
    draw(r: number) {
      const target = r * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid] < target) lo = mid + 1;
        else hi = mid;
      }
      return communes[lo];
    },
  };
}

/** A demo order placed, delivered and activated through the order service, each on its day (09:00 UTC). */
export async function placeDemoOrder(services: PassesServices, clock: ManualClock, programmeId: string, order: DemoPassOrder, reach: Reach): Promise<void> {
  clock.set(`${order.placedOn}T09:00:00Z`);
  await services.orders.placeOrder(
    {
      id: order.id,
      programmeId,
      bookletCount: order.bookletCount,
      bookletSize: order.bookletSize,
      passFaceValue: order.passFaceValue,
      feeRateBasisPoints: order.feeRateBasisPoints,
      operatorOrganisationId: order.operatorOrganisationId,
      targetPublics: [],
    },
    reach,
  );
  clock.set(`${order.deliveredOn}T09:00:00Z`);
  await services.orders.markDelivered(order.id, reach);
  clock.set(`${order.activatedOn}T09:00:00Z`);
  await services.orders.activate(order.id, order.paymentOrderNumber, reach);
}

/** Runs `work` over `items`, `width` at a time (below the connection pool's size). */
async function inParallel<T>(items: readonly T[], work: (item: T) => Promise<unknown>, width = 6): Promise<void> {
  for (let i = 0; i < items.length; i += width) await Promise.all(items.slice(i, i + width).map(work));
}

export class HistorySimulator {
  private readonly random;
  private readonly clock: ManualClock;
  /** The platform's own work: the demo reaches every programme. */
  private readonly reach = internalReach('demo');
  /** Zones of the programme by member commune, as hand-outs record them. */
  private zonesByCommune = new Map<string, string[]>();

  constructor(
    private readonly services: PassesServices,
    clock: ManualClock,
    private readonly history: DemoPassesHistory,
    private readonly distributors: readonly SimulatedDistributor[],
    private readonly places: readonly SimulatedPlace[],
    private readonly logger: Logger,
  ) {
    this.clock = clock;
    this.random = randomSource(history.seed);
  }

  async run(): Promise<void> {
    const programme = (await this.services.programmeRepository.findById(this.history.programmeId))!;
    const zones = await demo.zonesOf(this.services.dataSource.manager, this.history.programmeId);
    for (const z of zones) for (const c of z.member_communes) this.zonesByCommune.set(c, [...(this.zonesByCommune.get(c) ?? []), z.id]);

    // Each tranche in turn: placed, delivered and activated, then its booklets allocated in waves.
    const plans: HandOutPlan[] = [];
    const notHandedOut: Array<{ booklet: Booklet; distributor: string }> = [];
    for (const order of this.history.orders) {
      await placeDemoOrder(this.services, this.clock, this.history.programmeId, order, this.reach);
      const booklets = await demo.bookletsOf(this.services.dataSource.manager, order.id);
      await this.allocateAndPlanHandOuts(booklets, order.allocationDays, programme.endsOn, lastValidDay(programme), plans, notHandedOut);
    }
    await this.moveUnusedBooklets(notHandedOut, programme.endsOn, lastValidDay(programme), plans);
    const handOuts = plans.sort((a, b) => a.at.getTime() - b.at.getTime());
    const perimeter = new Set(await communesOfTerritory(this.services.dataSource.manager, { level: programme.perimeterLevel, code: programme.perimeterCode }));
    const redemptions = this.planRedemptions(handOuts, programme.endsOn, perimeter);
    await this.writeMonthByMonth(handOuts, redemptions, programme.endsOn);
    for (const runDay of this.history.expiryRunDays) {
      this.clock.set(`${runDay}T02:00:00Z`);
      const run = await this.services.expiry.run(this.history.programmeId);
      this.logger.info('demo expiry run', { programmeId: this.history.programmeId, runOn: run.runOn, expired: run.expired });
    }
  }

  private readonly draws = new Map<string, ReturnType<typeof communeDraw>>();

  /** Where a distributor's beneficiaries live, drawn by population (computed once per distributor). */
  private drawOf(distributor: SimulatedDistributor): ReturnType<typeof communeDraw> {
    let draw = this.draws.get(distributor.organisationId);
    if (!draw) this.draws.set(distributor.organisationId, (draw = communeDraw(distributor.scope)));
    return draw;
  }

  /**
   * Allocates an order's booklets in waves, weighted by the population of each distributor's
   * scope, and decides which are handed out, when, to whom (added to `plans`; the others to `notHandedOut`).
   */
  private async allocateAndPlanHandOuts(
    booklets: Booklet[],
    waves: readonly string[],
    endsOn: string,
    validUntilCap: string,
    plans: HandOutPlan[],
    notHandedOut: Array<{ booklet: Booklet; distributor: string }>,
  ): Promise<void> {
    const weights = this.distributors.map((d) => this.drawOf(d).population);
    const totalWeight = weights.reduce((a, b) => a + b, 0);
    const toAllocate = Math.round(booklets.length * this.history.allocatedShare);
    let next = 0;
    for (let w = 0; w < waves.length; w++) {
      const waveEnd = Math.round((toAllocate * (w + 1)) / waves.length);
      const inWave = booklets.slice(next, waveEnd);
      next = waveEnd;
      this.clock.set(`${waves[w]}T10:00:00Z`);
      // Each distributor's share of the wave, in proportion to its scope's population.
      let offset = 0;
      for (let i = 0; i < this.distributors.length; i++) {
        const count = i === this.distributors.length - 1 ? inWave.length - offset : Math.round((inWave.length * weights[i]) / totalWeight);
        const mine = inWave.slice(offset, offset + count);
        offset += mine.length;
        if (mine.length === 0) continue;
        const distributor = this.distributors[i];
        await this.services.booklets.allocate({ distributorOrganisationId: distributor.organisationId, bookletIds: mine.map((b) => b.id), agreementId: distributor.agreementId }, this.reach);
        for (const booklet of mine) {
          const plan = this.random.next() < this.history.handedOutShare ? this.planHandOut(booklet, distributor, day(waves[w]), endsOn, validUntilCap) : undefined;
          if (plan) plans.push(plan);
          else notHandedOut.push({ booklet, distributor: distributor.organisationId });
        }
      }
    }
  }

  /** Unused booklets move to where demand is, on the last allocation day: the first distributor gives some back, another takes them. */
  private async moveUnusedBooklets(notHandedOut: Array<{ booklet: Booklet; distributor: string }>, endsOn: string, validUntilCap: string, plans: HandOutPlan[]): Promise<void> {
    const waves = this.history.orders.flatMap((o) => o.allocationDays).sort();
    if (this.distributors.length < 2 || notHandedOut.length === 0 || waves.length < 2) return;
    const from = notHandedOut[0].distributor;
    const moved = notHandedOut.filter((n) => n.distributor === from).slice(0, 30);
    const to = this.distributors.find((d) => d.organisationId !== from)!;
    const lastWave = waves[waves.length - 1];
    this.clock.set(`${lastWave}T15:00:00Z`);
    await this.services.booklets.giveBack(moved.map((m) => m.booklet.id), this.reach);
    await this.services.booklets.allocate({ distributorOrganisationId: to.organisationId, bookletIds: moved.map((m) => m.booklet.id), agreementId: to.agreementId }, this.reach);
    for (const m of moved) {
      const plan = this.planHandOut(m.booklet, to, day(lastWave), endsOn, validUntilCap);
      if (plan) plans.push(plan);
    }
    this.logger.info('demo booklets moved between distributors', { count: moved.length });
  }

  private planHandOut(booklet: Booklet, distributor: SimulatedDistributor, allocatedOn: Date, endsOn: string, validUntilCap: string): HandOutPlan | undefined {
    const on = new Date(allocatedOn.getTime() + this.random.int(3, 240) * DAY);
    if (isoDay(on) > endsOn) return undefined;
    const commune = this.drawOf(distributor).draw(this.random.next());
    const situation =
      this.random.next() < this.history.farFromEmploymentShare ? 'FAR_FROM_EMPLOYMENT' : this.random.pick(['JOB_SEEKER', 'RETIRED', 'RETIRED', 'EMPLOYED', 'STUDENT', 'INACTIVE', 'OTHER']);
    const ageBand = situation === 'RETIRED' ? this.random.pick(['FROM_60_TO_74', 'FROM_60_TO_74', 'FROM_75']) : situation === 'STUDENT' ? 'FROM_16_TO_25' : this.random.pick(AGE_BANDS);
    const gender = this.random.next() < 0.2 ? null : this.random.pick(['FEMALE', 'FEMALE', 'MALE', 'MALE', 'OTHER'].slice(0, this.random.next() < 0.98 ? 4 : 5));
    const at = this.random.at(on);
    return {
      id: randomUUID(),
      booklet,
      distributor: distributor.organisationId,
      at,
      validUntil: validUntilOf(isoDay(at), validUntilCap, null),
      ageBand,
      gender,
      situation,
      commune: { code: commune.code, epci: commune.epci, departement: commune.departement, region: commune.region },
      zoneIds: this.zonesByCommune.get(commune.code) ?? [],
    };
  }

  /**
   * Each handed-out pass is redeemed (or not) before it expires, at a place inside the passes'
   * perimeter: one of its beneficiary's département when there is one, any other inside otherwise.
   */
  private planRedemptions(handOuts: HandOutPlan[], endsOn: string, perimeter: ReadonlySet<string>): RedemptionPlan[] {
    const byDepartement = new Map<string, SimulatedPlace[]>();
    const geography = Geography.load();
    const inside = this.places.filter((p) => perimeter.has(p.inseeCode));
    if (inside.length === 0) throw new Error('demo history: no place inside the programme’s perimeter');
    for (const p of inside) {
      const d = geography.commune(p.inseeCode)?.departement ?? '';
      byDepartement.set(d, [...(byDepartement.get(d) ?? []), p]);
    }
    const plans: RedemptionPlan[] = [];
    for (const h of handOuts) {
      const nearby = byDepartement.get(h.commune.departement) ?? inside;
      // A beneficiary goes back to the same one or two places.
      const usual = [this.random.pick(nearby), this.random.pick(nearby)];
      const last = Math.min(day(h.validUntil).getTime(), day(endsOn).getTime());
      for (let j = 0; j < h.booklet.size; j++) {
        if (this.random.next() >= this.history.redeemedShare) continue;
        const span = Math.max(1, Math.min(300, Math.floor((last - h.at.getTime()) / DAY)));
        const on = new Date(day(isoDay(h.at)).getTime() + this.random.int(1, span) * DAY);
        if (on.getTime() > last) continue;
        plans.push({ id: randomUUID(), passNumber: numberOfSerial(h.booklet.firstPassSerial + j), handOut: h, place: this.random.pick(usual), at: this.random.at(on) });
      }
    }
    return plans.sort((a, b) => a.at.getTime() - b.at.getTime());
  }

  /** Month by month: hand-outs, redemptions, a few cancellations, then the month's statements generated, approved and paid. */
  private async writeMonthByMonth(handOuts: HandOutPlan[], redemptions: RedemptionPlan[], endsOn: string): Promise<void> {
    const months = [...new Set([...handOuts.map((h) => monthOf(h.at)), ...redemptions.map((r) => monthOf(r.at))])].sort();
    for (const month of months) {
      const monthHandOuts = handOuts.filter((h) => monthOf(h.at) === month);
      const monthRedemptions = redemptions.filter((r) => monthOf(r.at) === month);
      await this.services.dataSource.transaction(async (manager) => {
        await this.writeHandOuts(manager, monthHandOuts);
        await this.writeRedemptions(manager, monthRedemptions);
      });
      // Programme staff cancel the odd mistaken scan, the same day.
      for (const r of monthRedemptions.filter(() => this.random.next() < 0.002)) {
        this.clock.set(new Date(r.at.getTime() + 3_600_000));
        await this.services.redemptions.cancel(r.id, 'scan en double à l’accueil', this.reach);
      }
      const [year, m] = month.split('-').map(Number);
      const nextMonth = new Date(Date.UTC(year, m, 1));
      this.clock.set(new Date(nextMonth.getTime() + 2 * DAY + 9 * 3_600_000));
      const statements = (await this.services.statements.generate(month, this.history.programmeId, this.reach)).filter((st) => st.status === 'PENDING');
      // Approved on the 7th and paid on the 21st of the next month; places are independent, so a few at a time.
      this.clock.set(new Date(nextMonth.getTime() + 6 * DAY + 10 * 3_600_000));
      await inParallel(statements, (st) => this.services.statements.approve(st.id, this.reach));
      this.clock.set(new Date(nextMonth.getTime() + 20 * DAY + 10 * 3_600_000));
      await inParallel(statements, (st) => this.services.statements.markPaid(st.id, `VIR-${month.replace('-', '')}-${st.id.slice(0, 8).toUpperCase()}`, null, this.reach));
      this.logger.info('demo month written', { programmeId: this.history.programmeId, month, handOuts: monthHandOuts.length, redemptions: monthRedemptions.length });
      if (month > endsOn.slice(0, 7)) break;
    }
  }

  private async writeHandOuts(manager: EntityManager, plans: HandOutPlan[]): Promise<void> {
    if (plans.length === 0) return;
    const { programmeId } = this.history;
    await demo.insertHandOuts(manager, programmeId, plans);
    const moved = await demo.handOutBooklets(manager, plans);
    const expected = plans.reduce((sum, h) => sum + h.booklet.size, 0);
    if (moved !== expected) throw new Error(`demo hand-outs: ${moved} passes moved, ${expected} expected`);
    await demo.markBookletsHandedOut(manager, plans.map((h) => h.booklet.id));
    const changes: FunnelChange[] = plans.flatMap((h) => handOutChanges(this.dimensionsOf(h), 'handedOut', h.booklet.size));
    await applyFunnelChanges(manager, programmeId, changes);
    for (const h of plans) {
      await recordEvent(
        manager,
        PassDistributedV1,
        {
          handOutId: h.id,
          programmeId,
          orderId: h.booklet.orderId,
          bookletId: h.booklet.id,
          distributorOrganisationId: h.distributor,
          passNumbers: Array.from({ length: h.booklet.size }, (_, j) => String(numberOfSerial(h.booklet.firstPassSerial + j))),
          passCount: h.booklet.size,
          faceValueTotalCents: h.booklet.size * 1_000,
          residenceInseeCode: h.commune.code,
          farFromEmployment: h.situation === 'FAR_FROM_EMPLOYMENT',
          validUntil: h.validUntil,
          handedOutAt: h.at.toISOString(),
        },
        h.at,
      );
    }
  }

  private async writeRedemptions(manager: EntityManager, plans: RedemptionPlan[]): Promise<void> {
    if (plans.length === 0) return;
    const { programmeId } = this.history;
    const redeemed = await demo.redeemPasses(manager, plans);
    if (redeemed !== plans.length) throw new Error(`demo redemptions: ${redeemed} passes redeemed, ${plans.length} expected`);
    await demo.insertRedemptions(manager, programmeId, plans);
    const perBooklet = new Map<string, number>();
    for (const r of plans) perBooklet.set(r.handOut.booklet.id, (perBooklet.get(r.handOut.booklet.id) ?? 0) + 1);
    await demo.countRedeemed(manager, perBooklet);
    await applyFunnelChanges(manager, programmeId, plans.flatMap((r) => handOutChanges(this.dimensionsOf(r.handOut), 'redeemed', 1, r.place.id)));
    for (const r of plans) {
      await recordEvent(
        manager,
        PassRedeemedV1,
        {
          redemptionId: r.id,
          passNumber: String(r.passNumber),
          programmeId,
          orderId: r.handOut.booklet.orderId,
          placeId: r.place.id,
          placeOrganisationId: r.place.organisationId,
          faceValueCents: 1_000,
          redeemedAt: r.at.toISOString(),
        },
        r.at,
      );
    }
  }

  private dimensionsOf(h: HandOutPlan) {
    return {
      distributorOrganisationId: h.distributor,
      residenceInseeCode: h.commune.code,
      residenceEpci: h.commune.epci,
      residenceDepartement: h.commune.departement,
      residenceRegion: h.commune.region,
      zoneIds: h.zoneIds,
      publics: publicsOf(h),
    };
  }
}
