// The rules of a funding plan, as pure functions: each co-funder's rule, rate or share and
// convention terms checked whole before anything is read, and what a balanced plan and a granted
// contribution mean. The service loads, applies these, writes and records.
import { DomainError, parseId } from '@pass-numerique/kernel';
import { checkDate } from '../budget-calendar';
import { amountOf } from '../amounts';
import { optionalText, requiredText } from '../texts';
import {
  CO_FUNDER_KINDS,
  CO_FUNDING_RULES,
  CO_FUNDING_STATUSES,
  RATE_RULES,
  ROUNDING_RULES,
  type CoFunderEntity,
  type CoFunderKind,
  type CoFundingRule,
  type CoFundingStatus,
  type RoundingRule,
} from './co-funder.entity';
import { FundingPlanError } from './funding-plan.errors';

export interface CoFunderInput {
  /** Fixed ids are accepted for the demo data only. */
  id?: string;
  organisationId: string;
  displayName: string;
  kind: CoFunderKind;
  rule: CoFundingRule;
  rateBasisPoints?: number | null;
  /** An exact share of a cost, decimal euro strings. */
  share?: { amount: string; of: string } | null;
  rounding?: RoundingRule | null;
  convention?: { base: string; signedOn?: string | null; advanceRateBasisPoints: number; instalmentCeilingBasisPoints: number } | null;
  /** Decimal euro string. */
  planned: string;
  agreementReference?: string | null;
  status: CoFundingStatus;
  assumption?: string | null;
}

export interface SetFundingPlanCommand {
  programmeId: string;
  coFunders: CoFunderInput[];
}

export type CheckedCoFunder = Omit<CoFunderEntity, 'id' | 'programmeId'> & { id?: string };

/** The longest name or reference a funding plan's records take. */
export const TEXT_LIMIT = 300;

const wholeBasisPoints = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 10_000;

/** A rate rule's rate: basis points or an exact share, one of them. */
function checkedRate(input: CoFunderInput, at: (name: string) => string): Pick<CheckedCoFunder, 'rateBasisPoints' | 'shareAmountCents' | 'shareOfCents'> {
  const rate = input.rateBasisPoints ?? null;
  const share = input.share ?? null;
  if (!RATE_RULES.includes(input.rule)) {
    if (rate !== null || share !== null) {
      throw new DomainError('INVALID_RATE', `a ${input.rule} co-funder has no rate`, { field: at(rate !== null ? 'rateBasisPoints' : 'share') });
    }
    return { rateBasisPoints: null, shareAmountCents: null, shareOfCents: null };
  }
  if ((rate === null) === (share === null)) {
    throw new DomainError('INVALID_RATE', `${input.rule} needs its rate, either in basis points between 1 and 10000 (50 % = 5000) or as an exact share, not both`, {
      field: at('rateBasisPoints'),
    });
  }
  if (share !== null) {
    const amount = amountOf(share.amount, at('share.amount'));
    const of = amountOf(share.of, at('share.of'));
    if (amount <= 0 || of <= 0 || amount > of) throw new DomainError('INVALID_RATE', 'a share is an amount of a larger or equal cost, both more than zero', { field: at('share') });
    return { rateBasisPoints: null, shareAmountCents: amount, shareOfCents: of };
  }
  if (rate === null || !Number.isInteger(rate) || rate < 1 || rate > 10_000) {
    throw new DomainError('INVALID_RATE', `${input.rule} needs a rate in basis points between 1 and 10000 (50 % = 5000)`, { field: at('rateBasisPoints') });
  }
  return { rateBasisPoints: rate, shareAmountCents: null, shareOfCents: null };
}

/** A fixed grant's convention: a base at least the grant, an advance within the ceiling, a signature date once signed. */
function checkedConvention(
  input: CoFunderInput,
  plannedCents: number,
  at: (name: string) => string,
): Pick<CheckedCoFunder, 'grantBaseCents' | 'grantSignedOn' | 'advanceRateBasisPoints' | 'instalmentCeilingBasisPoints'> {
  const convention = input.convention ?? null;
  if (input.rule !== 'FIXED_GRANT') {
    if (convention !== null) throw new FundingPlanError('INVALID_GRANT_TERMS', `only a FIXED_GRANT has convention terms, not ${input.rule}`, { field: at('convention') });
    return { grantBaseCents: null, grantSignedOn: null, advanceRateBasisPoints: null, instalmentCeilingBasisPoints: null };
  }
  if (convention === null) throw new FundingPlanError('INVALID_GRANT_TERMS', 'a FIXED_GRANT states its convention: base, advance, instalment ceiling', { field: at('convention') });
  const base = amountOf(convention.base, at('convention.base'));
  if (base < plannedCents || base <= 0) {
    throw new FundingPlanError('INVALID_GRANT_TERMS', `the convention's base (${base} cents) must be at least the grant (${plannedCents} cents)`, { field: at('convention.base') });
  }
  if (!wholeBasisPoints(convention.advanceRateBasisPoints)) {
    throw new FundingPlanError('INVALID_GRANT_TERMS', 'the advance is 0 to 10000 basis points of the grant', { field: at('convention.advanceRateBasisPoints') });
  }
  if (!wholeBasisPoints(convention.instalmentCeilingBasisPoints) || convention.instalmentCeilingBasisPoints < convention.advanceRateBasisPoints) {
    throw new FundingPlanError('INVALID_GRANT_TERMS', 'the instalment ceiling is between the advance and 10000 basis points of the grant', {
      field: at('convention.instalmentCeilingBasisPoints'),
    });
  }
  const signedOn = convention.signedOn ? checkDate(convention.signedOn, at('convention.signedOn')) : null;
  if (input.status === 'SIGNED' && signedOn === null) {
    throw new FundingPlanError('INVALID_GRANT_TERMS', 'a SIGNED convention states the day it was signed', { field: at('convention.signedOn') });
  }
  if (input.status !== 'SIGNED' && signedOn !== null) {
    throw new FundingPlanError('INVALID_GRANT_TERMS', `a convention with a signature date has the status SIGNED, not ${input.status}`, { field: at('status') });
  }
  return { grantBaseCents: base, grantSignedOn: signedOn, advanceRateBasisPoints: convention.advanceRateBasisPoints, instalmentCeilingBasisPoints: convention.instalmentCeilingBasisPoints };
}

/** Checks every rule that does not need the database; the first broken rule is reported with its field. */
export function validatePlan(command: SetFundingPlanCommand): CheckedCoFunder[] {
  parseId(command.programmeId, 'programmeId');
  if (command.coFunders.length === 0) throw new DomainError('BAD_USER_INPUT', 'a funding plan needs at least one co-funder', { field: 'coFunders' });
  const organisations = new Set<string>();
  let remainder: number | undefined;
  return command.coFunders.map((input, index) => {
    const at = (name: string) => `coFunders.${index}.${name}`;
    if (input.id) parseId(input.id, at('id'));
    const organisationId = parseId(input.organisationId, at('organisationId'));
    if (organisations.has(organisationId)) {
      throw new FundingPlanError('DUPLICATE_CO_FUNDER', 'an organisation may appear only once in a funding plan', { field: at('organisationId') });
    }
    organisations.add(organisationId);
    if (!CO_FUNDER_KINDS.includes(input.kind)) throw new DomainError('BAD_USER_INPUT', `unknown kind ${input.kind}`, { field: at('kind') });
    if (!CO_FUNDING_RULES.includes(input.rule)) throw new DomainError('BAD_USER_INPUT', `unknown rule ${input.rule}`, { field: at('rule') });
    if (!CO_FUNDING_STATUSES.includes(input.status)) throw new DomainError('BAD_USER_INPUT', `unknown status ${input.status}`, { field: at('status') });
    const rounding = input.rounding ?? 'DOWN';
    if (!ROUNDING_RULES.includes(rounding)) throw new DomainError('BAD_USER_INPUT', `unknown rounding ${rounding}`, { field: at('rounding') });
    if (input.rule === 'REMAINDER') {
      if (remainder !== undefined) {
        throw new FundingPlanError('MORE_THAN_ONE_REMAINDER', `co-funders ${remainder} and ${index} both take the rest; only one may`, { field: at('rule') });
      }
      remainder = index;
    }
    const rate = checkedRate(input, at);
    const plannedCents = amountOf(input.planned, at('planned'));
    if (plannedCents < 0) throw new DomainError('INVALID_AMOUNT', 'a planned amount must not be negative', { field: at('planned') });
    return {
      id: input.id?.toLowerCase(),
      organisationId,
      displayName: requiredText(input.displayName, at('displayName'), TEXT_LIMIT),
      kind: input.kind,
      rule: input.rule,
      ...rate,
      rounding,
      ...checkedConvention(input, plannedCents, at),
      plannedCents,
      agreementReference: optionalText(input.agreementReference, at('agreementReference'), TEXT_LIMIT),
      status: input.status,
      assumption: optionalText(input.assumption, at('assumption'), 2_000),
      position: index,
    };
  });
}

/** Money is received from, or claimed of, a co-funder whose contribution is granted or signed only. */
export function refuseUnlessGranted(coFunder: CoFunderEntity): void {
  if (coFunder.status === 'REQUESTED') {
    throw new FundingPlanError('CO_FUNDER_NOT_GRANTED', `${coFunder.displayName}'s contribution is only requested; record its grant first`, { field: 'coFunderId' });
  }
}

/** The plan balances when the co-funders together pay exactly what was authorised, to the cent. */
export function checkPlanBalances(plannedCents: number, authorisedCents: number): void {
  if (plannedCents !== authorisedCents) {
    throw new FundingPlanError(
      'PLAN_DOES_NOT_BALANCE',
      `the co-funders' planned amounts sum to ${plannedCents} cents, the programme's authorisations to ${authorisedCents} cents`,
      { field: 'coFunders', plannedCents, authorisedCents },
    );
  }
}
