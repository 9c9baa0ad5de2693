// The rules of a programme's life, as pure functions: what an opening, a deliberation, an
// authorisation and its schedule, an amendment and a closing must satisfy. The service loads,
// applies these, writes and records; each rule reports the first broken one with its field.
import { DomainError, isUuid, isWellFormedInseeCode, parseId } from '@pass-numerique/kernel';
import { checkDate } from '../budget-calendar';
import { amountOf } from '../amounts';
import type { DeliberationEntity, VoteRecord } from './deliberation.entity';
import type { BudgetImputationRecord } from './authorisation.entity';
import type { ProgrammeEntity, SettlementModel } from './programme.entity';
import type { ClosingFigures } from './programme.repository';
import { ProgrammeError } from './programme.errors';

export interface DeliberationCommand {
  number: string;
  decidedOn: string;
  body: DeliberationEntity['body'];
  place: string;
  chair: string;
  subject: string;
  theme?: string | null;
  /** Left out only when the assumption says why it is not known. */
  vote?: VoteRecord | null;
  outcome: DeliberationEntity['outcome'];
  decisions: string[];
  cites: string[];
  assumption?: string | null;
}

export interface AuthorisationCommand {
  kind: 'AE' | 'AP';
  /** Decimal euro string: amounts cross the API as text, never as floats. */
  amount: string;
  budgetYear: number;
  imputation: BudgetImputationRecord;
  schedule: Array<{ budgetYear: number; amount: string }>;
}

const CODE = /^[A-Z0-9][A-Z0-9-]{1,62}$/;
const TEXT_LIMIT = 2_000;
const LEVEL_CODES: Record<string, (code: string) => boolean> = {
  REGION: (code) => /^\d{2}$/.test(code),
  DEPARTEMENT: (code) => /^(?:\d{2}|2[AB]|97\d)$/.test(code),
  EPCI: (code) => /^\d{9}$/.test(code),
  COMMUNE: isWellFormedInseeCode,
  ZONE: isUuid,
};

export type Schedule = Array<{ budgetYear: number; amountCents: number }>;

/** A perimeter names a territory by level and code; a zone by its id (the territory service's Territory of level ZONE). */
export function checkPerimeter(perimeter: { level: string; code: string }): { level: string; code: string } {
  const valid = LEVEL_CODES[perimeter.level];
  if (!valid) throw new DomainError('BAD_USER_INPUT', `unknown territory level ${perimeter.level}`, { field: 'perimeter.level' });
  const code = perimeter.level === 'ZONE' ? perimeter.code.trim().toLowerCase() : perimeter.code.trim().toUpperCase();
  if (!valid(code)) {
    throw new ProgrammeError('INVALID_PERIMETER', `${perimeter.code} is not a code of level ${perimeter.level}${perimeter.level === 'ZONE' ? " (a zone is named by its id)" : ''}`, {
      field: 'perimeter.code',
    });
  }
  return { level: perimeter.level, code };
}

/** Checks a deliberation's text and vote; the first broken rule is reported with its field under `prefix`. */
export function checkDeliberation(d: DeliberationCommand, prefix: string): { vote: VoteRecord | null; assumption: string | null; decidedOn: string } {
  const decidedOn = checkDate(d.decidedOn, `${prefix}.decidedOn`);
  for (const [field, value] of Object.entries({ number: d.number, place: d.place, chair: d.chair, subject: d.subject })) {
    if (!value.trim() || value.length > TEXT_LIMIT) throw new DomainError('BAD_USER_INPUT', `${prefix}.${field} must be 1–${TEXT_LIMIT} characters`, { field: `${prefix}.${field}` });
  }
  const assumption = d.assumption?.trim() || null;
  if (assumption !== null && assumption.length > TEXT_LIMIT) {
    throw new DomainError('BAD_USER_INPUT', `${prefix}.assumption must be at most ${TEXT_LIMIT} characters`, { field: `${prefix}.assumption` });
  }
  const vote = d.vote ?? null;
  if (vote === null) {
    if (assumption === null) throw new DomainError('BAD_USER_INPUT', 'a deliberation without its vote says why in its assumption', { field: `${prefix}.assumption` });
  } else {
    if (Object.values(vote).some((n) => !Number.isInteger(n) || n < 0)) {
      throw new ProgrammeError('INVALID_VOTE', 'vote counts must be whole non-negative numbers', { field: `${prefix}.vote` });
    }
    if (vote.for + vote.against + vote.abstention > vote.present + vote.proxies) {
      throw new ProgrammeError('INVALID_VOTE', 'more votes cast than members present or represented', { field: `${prefix}.vote` });
    }
  }
  return { vote, assumption, decidedOn };
}

/** Checks an amount and its schedule, which must sum to it to the cent. */
export function checkAmountAndSchedule(amount: string, schedule: ReadonlyArray<{ budgetYear: number; amount: string }>, prefix: string): { amountCents: number; schedule: Schedule } {
  const amountCents = amountOf(amount, `${prefix}.amount`);
  if (amountCents <= 0) throw new DomainError('INVALID_AMOUNT', `${prefix}.amount must be positive`, { field: `${prefix}.amount` });
  const years = new Set<number>();
  const lines = schedule.map((line, index) => {
    if (!Number.isInteger(line.budgetYear) || line.budgetYear < 1900 || line.budgetYear > 2200) {
      throw new DomainError('BAD_USER_INPUT', 'a budget year is a year', { field: `${prefix}.schedule.${index}.budgetYear` });
    }
    if (years.has(line.budgetYear)) {
      throw new DomainError('BAD_USER_INPUT', `budget year ${line.budgetYear} appears twice in the schedule`, { field: `${prefix}.schedule.${index}.budgetYear` });
    }
    years.add(line.budgetYear);
    const cents = amountOf(line.amount, `${prefix}.schedule.${index}.amount`);
    if (cents < 0) throw new DomainError('INVALID_AMOUNT', 'schedule amounts must not be negative', { field: `${prefix}.schedule.${index}.amount` });
    return { budgetYear: line.budgetYear, amountCents: cents };
  });
  const scheduled = lines.reduce((sum, line) => sum + line.amountCents, 0);
  if (scheduled !== amountCents) {
    throw new ProgrammeError('SCHEDULE_DOES_NOT_SUM', `the payment schedule sums to ${scheduled} cents, the authorisation is ${amountCents} cents`, {
      field: `${prefix}.schedule`,
      scheduledCents: scheduled,
      authorisedCents: amountCents,
    });
  }
  return { amountCents, schedule: lines.sort((a, b) => a.budgetYear - b.budgetYear) };
}

/** A rejected deliberation changes nothing. */
export function assertAdopted(d: DeliberationCommand, prefix: string): void {
  if (d.outcome === 'REJECTED') throw new ProgrammeError('DELIBERATION_NOT_ADOPTED', 'a rejected deliberation changes nothing', { field: `${prefix}.outcome` });
}


/** An authorisation of commitment (AE) or of programme (AP), its amount and schedule. */
export function checkAuthorisation(a: AuthorisationCommand, prefix: string): { amountCents: number; schedule: Schedule } {
  if (a.kind !== 'AE' && a.kind !== 'AP') throw new DomainError('BAD_USER_INPUT', `unknown kind ${String(a.kind)}`, { field: `${prefix}.kind` });
  return checkAmountAndSchedule(a.amount, a.schedule, prefix);
}

/** What an opening names, checked whole before anything is written. */
export interface OpeningTerms {
  code: string;
  name: string;
  ownerOrganisationId?: string | null;
  perimeter: { level: string; code: string };
  startsOn: string;
  endsOn: string;
  deliberation: DeliberationCommand;
  authorisation: AuthorisationCommand;
}

/** Checks every rule of an opening before anything is written; the first broken rule is reported with its field. */
export function checkOpening(terms: OpeningTerms) {
  if (!CODE.test(terms.code)) {
    throw new DomainError('BAD_USER_INPUT', 'code must be 2–63 capital letters, digits or dashes', { field: 'code' });
  }
  if (!terms.name.trim() || terms.name.length > 300) throw new DomainError('BAD_USER_INPUT', 'name must be 1–300 characters', { field: 'name' });
  if (terms.ownerOrganisationId) parseId(terms.ownerOrganisationId, 'ownerOrganisationId');
  const perimeter = checkPerimeter(terms.perimeter);
  checkDate(terms.startsOn, 'startsOn');
  checkDate(terms.endsOn, 'endsOn');
  if (terms.endsOn < terms.startsOn) {
    throw new ProgrammeError('INVALID_PERIOD', 'endsOn must not be before startsOn', { field: 'endsOn' });
  }
  const deliberation = checkDeliberation(terms.deliberation, 'deliberation');
  assertAdopted(terms.deliberation, 'deliberation');
  const authorisation = checkAuthorisation(terms.authorisation, 'authorisation');
  return { perimeter, deliberation, authorisation };
}

/** The authorisations an amendment changes: each named once, its new amount and schedule checked. */
export function checkAuthorisationChanges(changes: ReadonlyArray<{ authorisationId: string; amount: string; schedule: ReadonlyArray<{ budgetYear: number; amount: string }> }>) {
  const checked = changes.map((a, index) => ({
    authorisationId: parseId(a.authorisationId, `authorisations.${index}.authorisationId`).toLowerCase(),
    index,
    ...checkAmountAndSchedule(a.amount, a.schedule, `authorisations.${index}`),
  }));
  if (new Set(checked.map((a) => a.authorisationId)).size !== checked.length) {
    throw new DomainError('BAD_USER_INPUT', 'an authorisation appears twice in the amendment', { field: 'authorisations' });
  }
  return checked;
}

/** The closing's reference (the closing deliberation's or the accounts' number), trimmed. */
export function checkClosingReference(reference: string): string {
  const trimmed = reference.trim();
  if (!trimmed || trimmed.length > 200) throw new DomainError('BAD_USER_INPUT', 'reference must be 1–200 characters', { field: 'reference' });
  return trimmed;
}

/**
 * The accounts close once nothing is left to settle: on or after the end of the operation and the
 * last payment order, with no statement, recovery, passes fact or commitment still waiting.
 */
export function assertClosable(programme: Pick<ProgrammeEntity, 'endsOn'>, figures: ClosingFigures, closedOn: string): void {
  if (closedOn < programme.endsOn || (figures.lastPaidOn !== null && closedOn < figures.lastPaidOn)) {
    throw new ProgrammeError('CLOSING_TOO_EARLY', `the accounts close on or after the end of the operation (${programme.endsOn}) and the last payment order (${figures.lastPaidOn ?? 'none'})`, {
      field: 'closedOn',
    });
  }
  if (figures.pendingStatements > 0) {
    throw new ProgrammeError('STATEMENTS_PENDING', `${figures.pendingStatements} places' statement(s) are approved and not paid yet`, {
      field: 'programmeId',
      pendingStatementCount: figures.pendingStatements,
    });
  }
  if (figures.outstandingRecoveries > 0) {
    throw new ProgrammeError('RECOVERIES_PENDING', `${figures.outstandingRecoveries} redemption(s) recovered after payment are not taken back by a paid statement yet`, {
      field: 'programmeId',
      pendingRecoveryCount: figures.outstandingRecoveries,
    });
  }
  if (figures.unsettledFacts > 0) {
    throw new ProgrammeError('PASSES_FACTS_UNSETTLED', `${figures.unsettledFacts} money fact(s) of the passes service wait or were refused (see the reconciliation)`, {
      field: 'programmeId',
      unsettledCount: figures.unsettledFacts,
    });
  }
  if (figures.commitmentsToPay > 0) {
    throw new ProgrammeError('COMMITMENTS_TO_PAY', `${figures.commitmentsToPay} commitment(s) have ${figures.toPayCents} cents left to pay: pay or reduce them first`, {
      field: 'programmeId',
      commitmentCount: figures.commitmentsToPay,
      toPayCents: figures.toPayCents,
    });
  }
}

/** The settlement models a programme may follow. */
export function checkSettlementModel(settlementModel: SettlementModel): SettlementModel {
  if (settlementModel !== 'PREPAID_OPERATOR' && settlementModel !== 'DIRECT') {
    throw new DomainError('BAD_USER_INPUT', `unknown settlement model ${String(settlementModel)}`, { field: 'settlementModel' });
  }
  return settlementModel;
}
