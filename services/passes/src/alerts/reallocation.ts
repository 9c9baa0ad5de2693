// Where unused booklets should go: from distributors that will not hand them out (or whose
// beneficiaries do not use them) to distributors that will run short before the deadline and
// whose beneficiaries do use their passes. Pure arithmetic on figures the service reads from its
// read models; the rules are spelt out in docs/analytics.md ("Reallocation suggestions").

export interface DistributorFigures {
  organisationId: string;
  /** Passes allocated to it and not handed out (funnel: allocated − handedOut). */
  stock: number;
  handedOut: number;
  redeemed: number;
  /** Passes it handed out during the demand window. */
  handedOutInWindow: number;
}

export interface IdleBooklet {
  id: string;
  size: number;
  /** Whether the booklet may be allocated to a given distributor (order perimeter meets its agreement's scope, agreement in force). */
  movableTo(organisationId: string): boolean | Promise<boolean>;
}

export interface ReallocationPolicy {
  /** A distributor whose usage rate (redeemed ÷ handed out) is below this gives booklets. */
  lowUsageBelow: number;
  /** Below this many passes handed out, a usage rate says too little: such a distributor may give (if it hands out nothing) but never receives. */
  minHandedOut: number;
  /** Days of recent hand-outs the demand is measured on. */
  demandWindowDays: number;
  /** Days left to hand passes out (until the programme's end, or the passes' own deadline). */
  daysLeft: number;
}

export interface Suggestion {
  from: string;
  to: string;
  bookletIds: string[];
  passCount: number;
  fromUsageRate: number | null;
  toUsageRate: number;
  /** Passes the giver holds beyond what it will hand out before the deadline at its pace. */
  fromSurplus: number;
  /** Passes the receiver will hand out before the deadline beyond the stock it holds. */
  toShortfall: number;
  /** passCount × the receiver's usage rate. */
  expectedRedeemed: number;
  /** Redemptions the giver loses by giving them (zero while only its surplus moves). */
  expectedLostAtSource: number;
  expectedGain: number;
}

interface Planned extends DistributorFigures {
  usageRate: number | null;
  /** Passes expected to be handed out before the deadline at the window's pace. */
  expectedHandOut: number;
}

function plan(d: DistributorFigures, policy: ReallocationPolicy): Planned {
  const pacePerDay = d.handedOutInWindow / policy.demandWindowDays;
  return {
    ...d,
    usageRate: d.handedOut >= policy.minHandedOut && d.handedOut > 0 ? d.redeemed / d.handedOut : null,
    expectedHandOut: Math.floor(pacePerDay * Math.max(0, policy.daysLeft)),
  };
}

/** Givers: low usage (or nothing handed out lately) with a surplus. Receivers: good usage with a shortfall. */
export function classify(distributors: readonly DistributorFigures[], policy: ReallocationPolicy) {
  const planned = distributors.map((d) => plan(d, policy));
  const givers = planned
    .filter((d) => d.stock - d.expectedHandOut > 0)
    .filter((d) => (d.usageRate !== null && d.usageRate < policy.lowUsageBelow) || d.handedOutInWindow === 0)
    .sort((a, b) => (a.usageRate ?? 0) - (b.usageRate ?? 0) || b.stock - b.expectedHandOut - (a.stock - a.expectedHandOut) || (a.organisationId < b.organisationId ? -1 : 1));
  const receivers = planned
    .filter((d): d is Planned & { usageRate: number } => d.usageRate !== null && d.usageRate >= policy.lowUsageBelow && d.expectedHandOut - d.stock > 0)
    .sort((a, b) => b.usageRate - a.usageRate || b.expectedHandOut - b.stock - (a.expectedHandOut - a.stock) || (a.organisationId < b.organisationId ? -1 : 1));
  return { givers, receivers };
}

/**
 * Greedy matching: the best users are served first, from the worst users' surplus, whole idle
 * booklets at a time, never more than the giver's surplus nor (by more than one booklet) the
 * receiver's shortfall.
 */
export async function suggestReallocations(
  distributors: readonly DistributorFigures[],
  // Asked lazily, giver by giver: only the givers a suggestion needs are ever read.
  idleBookletsOf: (organisationId: string) => readonly IdleBooklet[] | Promise<readonly IdleBooklet[]>,
  policy: ReallocationPolicy,
  limit: number,
): Promise<Suggestion[]> {
  if (policy.daysLeft <= 0) return [];
  const { givers, receivers } = classify(distributors, policy);
  const surplus = new Map(givers.map((g) => [g.organisationId, g.stock - g.expectedHandOut]));
  const taken = new Set<string>();
  const suggestions: Suggestion[] = [];
  for (const receiver of receivers) {
    let shortfall = receiver.expectedHandOut - receiver.stock;
    for (const giver of givers) {
      if (shortfall <= 0 || suggestions.length >= limit) break;
      if (giver.organisationId === receiver.organisationId) continue;
      let available = surplus.get(giver.organisationId) ?? 0;
      const moved: IdleBooklet[] = [];
      if (available <= 0) continue;
      for (const booklet of await idleBookletsOf(giver.organisationId)) {
        if (shortfall <= 0) break;
        if (taken.has(booklet.id) || booklet.size > available || !(await booklet.movableTo(receiver.organisationId))) continue;
        moved.push(booklet);
        taken.add(booklet.id);
        available -= booklet.size;
        shortfall -= booklet.size;
      }
      if (moved.length === 0) continue;
      surplus.set(giver.organisationId, available);
      const passCount = moved.reduce((sum, b) => sum + b.size, 0);
      const expectedRedeemed = Math.round(passCount * receiver.usageRate);
      // Only the surplus moves, so the giver keeps enough for what it will hand out: it loses nothing.
      const stillHeld = giver.expectedHandOut + available;
      const expectedLostAtSource = Math.round(Math.max(0, giver.expectedHandOut - stillHeld) * (giver.usageRate ?? 0));
      suggestions.push({
        from: giver.organisationId,
        to: receiver.organisationId,
        bookletIds: moved.map((b) => b.id),
        passCount,
        fromUsageRate: giver.usageRate === null ? null : Math.round(giver.usageRate * 10_000) / 10_000,
        toUsageRate: Math.round(receiver.usageRate * 10_000) / 10_000,
        fromSurplus: giver.stock - giver.expectedHandOut,
        toShortfall: receiver.expectedHandOut - receiver.stock,
        expectedRedeemed,
        expectedLostAtSource,
        expectedGain: expectedRedeemed - expectedLostAtSource,
      });
    }
    if (suggestions.length >= limit) break;
  }
  return suggestions;
}
