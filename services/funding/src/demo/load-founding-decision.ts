// Loads funding's part of the demo programme: the decision of 4 February 2020, its
// authorisation and schedule. Idempotent: a second start finds the programme and does nothing.
import { toDecimalString, type Cents } from '@pass-numerique/kernel';
import { DEMO_REGION, FOUNDING_DECISION } from '@pass-numerique/demo-programme';
import type { FundingServices } from '../context';

export async function loadFoundingDecision(services: FundingServices): Promise<'loaded' | 'already-there'> {
  const { programme, deliberation, authorisation } = FOUNDING_DECISION;
  if (await services.programmeRepository.findByCode(programme.code)) return 'already-there';
  const euros = (c: number) => toDecimalString(c as Cents);
  await services.programmes.openProgramme({
    ids: { programme: programme.id, deliberation: deliberation.id, authorisation: authorisation.id },
    code: programme.code,
    name: programme.name,
    ownerOrganisationId: DEMO_REGION.organisationId,
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
  });
  return 'loaded';
}
