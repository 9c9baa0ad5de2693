// How funding writes a demo authority's records: the programme with its founding deliberation and
// authorisation, then its funding plan. Each is written through the same rules as the API, by the
// platform itself (internalReach), and only when missing, so that a restart adds nothing.
import { toDecimalString, type Cents } from '@pass-numerique/kernel';
import { internalReach } from '@pass-numerique/service-kit';
import type { FundingServices } from '../context';
import type { OpenProgrammeCommand } from '../programmes/programme.service';
import type { CoFunderInput } from '../funding-plan/funding-plan.service';

export const euros = (c: number) => toDecimalString(c as Cents);
export const demoReach = () => internalReach('demo');

/** A programme's founding decision, as the demo data states it. */
export interface DemoDecision {
  programme: { id: string; code: string; name: string; perimeter: { level: string; code: string }; startsOn: string; endsOn: string };
  deliberation: Omit<OpenProgrammeCommand['deliberation'], 'vote' | 'decisions' | 'cites'> & {
    id: string;
    vote: OpenProgrammeCommand['deliberation']['vote'];
    decisions: readonly string[];
    cites: readonly string[];
  };
  authorisation: {
    id: string;
    kind: 'AE' | 'AP';
    amountCents: number;
    budgetYear: number;
    imputation: OpenProgrammeCommand['authorisation']['imputation'];
    schedule: ReadonlyArray<{ budgetYear: number; amountCents: number }>;
  };
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
      deliberation: { ...deliberation, vote: { ...deliberation.vote }, decisions: [...deliberation.decisions], cites: [...deliberation.cites] },
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
export type DemoCoFunder = Omit<CoFunderInput, 'planned'> & { id: string; plannedCents: number };

/** Sets the programme's funding plan unless it already has one. */
export async function setDemoPlan(services: FundingServices, programmeId: string, coFunders: readonly DemoCoFunder[]): Promise<'loaded' | 'already-there'> {
  if ((await services.fundingPlanRepository.coFundersOf([programmeId])).length > 0) return 'already-there';
  await services.fundingPlan.setFundingPlan(
    {
      programmeId,
      coFunders: coFunders.map((c) => ({
        id: c.id,
        organisationId: c.organisationId,
        displayName: c.displayName,
        kind: c.kind,
        rule: c.rule,
        rateBasisPoints: c.rateBasisPoints,
        planned: euros(c.plannedCents),
        agreementReference: c.agreementReference,
        status: c.status,
      })),
    },
    demoReach(),
  );
  return 'loaded';
}
