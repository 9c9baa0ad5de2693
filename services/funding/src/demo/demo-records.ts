// How funding writes a demo authority's records: the programme with its founding deliberation and
// authorisation, its amendments, then its funding plan and what co-funders paid. Each is written
// through the same rules as the API, by the platform itself (internalReach), and only when
// missing, so that a restart adds nothing.
import { toDecimalString, type Cents } from '@pass-numerique/kernel';
import { internalReach } from '@pass-numerique/service-kit';
import type { FundingServices } from '../context';
import type { OpenProgrammeCommand } from '../programmes/programme.service';
import type { DeliberationCommand } from '../programmes/programme.rules';
import type { CoFunderInput } from '../funding-plan/funding-plan.rules';
import type { CoFundingRule, RoundingRule } from '../funding-plan/co-funder.entity';

export const euros = (c: number) => toDecimalString(c as Cents);
export const demoReach = () => internalReach('demo');

/** A deliberation as the demo data states it. */
export type DemoDeliberation = Omit<DeliberationCommand, 'vote' | 'decisions' | 'cites'> & {
  id: string;
  vote: NonNullable<DeliberationCommand['vote']> | null;
  decisions: readonly string[];
  cites: readonly string[];
  assumption?: string | null;
};

/** A programme's founding decision, as the demo data states it. */
export interface DemoDecision {
  programme: { id: string; code: string; name: string; perimeter: { level: string; code: string }; startsOn: string; endsOn: string };
  deliberation: DemoDeliberation;
  authorisation: {
    id: string;
    kind: 'AE' | 'AP';
    amountCents: number;
    budgetYear: number;
    imputation: OpenProgrammeCommand['authorisation']['imputation'];
    schedule: ReadonlyArray<{ budgetYear: number; amountCents: number }>;
  };
}

export function deliberationCommand(d: DemoDeliberation): DeliberationCommand {
  return { ...d, vote: d.vote ? { ...d.vote } : null, decisions: [...d.decisions], cites: [...d.cites] };
}

/** Opens the programme (announced by funding.programme.opened.v1) unless its code is already there. */
export async function openDemoProgramme(services: FundingServices, decision: DemoDecision, ownerOrganisationId: string): Promise<'loaded' | 'already-there'> {
  const { programme, deliberation, authorisation } = decision;
  if (await services.programmeRepository.findByCode(programme.code)) return 'already-there';
  await services.programmes.openProgramme(
    {
      ids: { programme: programme.id, deliberation: deliberation.id, authorisation: authorisation.id },
      code: programme.code,
      name: programme.name,
      ownerOrganisationId,
      perimeter: programme.perimeter,
      startsOn: programme.startsOn,
      endsOn: programme.endsOn,
      settlementModel: 'PREPAID_OPERATOR',
      deliberation: deliberationCommand(deliberation),
      authorisation: {
        kind: authorisation.kind,
        amount: euros(authorisation.amountCents),
        budgetYear: authorisation.budgetYear,
        imputation: { ...authorisation.imputation },
        schedule: authorisation.schedule.map((line) => ({ budgetYear: line.budgetYear, amount: euros(line.amountCents) })),
      },
    },
    demoReach(),
  );
  return 'loaded';
}

/** A co-funder as the demo data states it, amounts in cents. */
export interface DemoCoFunder {
  id: string;
  organisationId: string;
  displayName: string;
  kind: CoFunderInput['kind'];
  rule: CoFundingRule;
  rateBasisPoints: number | null;
  share?: { amountCents: number; ofCents: number } | null;
  rounding?: RoundingRule;
  convention?: { baseCents: number; signedOn: string | null; advanceRateBasisPoints: number; instalmentCeilingBasisPoints: number } | null;
  plannedCents: number;
  agreementReference: string | null;
  status: CoFunderInput['status'];
  assumption?: string | null;
}

function coFunderInput(c: DemoCoFunder): CoFunderInput {
  return {
    id: c.id,
    organisationId: c.organisationId,
    displayName: c.displayName,
    kind: c.kind,
    rule: c.rule,
    rateBasisPoints: c.rateBasisPoints,
    share: c.share ? { amount: euros(c.share.amountCents), of: euros(c.share.ofCents) } : null,
    // Plans of the demo written before roundings were stated kept the half-up rounding of their time.
    rounding: c.rounding ?? 'HALF_UP',
    convention: c.convention
      ? { base: euros(c.convention.baseCents), signedOn: c.convention.signedOn, advanceRateBasisPoints: c.convention.advanceRateBasisPoints, instalmentCeilingBasisPoints: c.convention.instalmentCeilingBasisPoints }
      : null,
    planned: euros(c.plannedCents),
    agreementReference: c.agreementReference,
    status: c.status,
    assumption: c.assumption ?? null,
  };
}

/**
 * Sets the programme's funding plan unless it already has one. A plan the demo itself wrote
 * differently before (the State's share as a rate of passes used, FEDER's as rounded basis
 * points) is replaced through the same rule as a manager's change: a new version of the plan,
 * the earlier one kept, what co-funders paid kept. A plan someone else changed is left alone.
 */
export async function setDemoPlan(services: FundingServices, programmeId: string, coFunders: readonly DemoCoFunder[]): Promise<'loaded' | 'already-there'> {
  const existing = await services.fundingPlanRepository.coFundersOf([programmeId]);
  const demoIds = new Set(coFunders.map((c) => c.id));
  const writtenByTheDemo = existing.every((row) => demoIds.has(row.id));
  const same =
    existing.length === coFunders.length &&
    coFunders.every((c) => {
      const e = existing.find((row) => row.id === c.id);
      return e !== undefined && e.rule === c.rule && e.plannedCents === c.plannedCents && e.shareAmountCents === (c.share?.amountCents ?? null) && e.rateBasisPoints === c.rateBasisPoints;
    });
  if (same || (existing.length > 0 && !writtenByTheDemo)) return 'already-there';
  await services.fundingPlan.setFundingPlan({ programmeId, coFunders: coFunders.map(coFunderInput) }, demoReach());
  return 'loaded';
}

/** Records what a co-funder paid, each receipt once (fixed ids). */
export async function recordDemoReceipts(
  services: FundingServices,
  coFunderId: string,
  receipts: ReadonlyArray<{ id: string; amountCents: number; receivedOn: string; reference: string }>,
): Promise<boolean> {
  const known = new Set((await services.fundingPlanRepository.receiptsOf([coFunderId])).map((r) => r.id));
  let loaded = false;
  for (const receipt of receipts) {
    if (known.has(receipt.id)) continue;
    await services.fundingPlan.recordReceipt({ id: receipt.id, coFunderId, amount: euros(receipt.amountCents), receivedOn: receipt.receivedOn, reference: receipt.reference }, demoReach());
    loaded = true;
  }
  return loaded;
}
