// What the budget service answers: a programme's budget view and each co-funder's claim with its
// evidence. Apart from the service so that the CSV, text and PDF writers can read them without it.
import type { CoFunderEntity } from '../funding-plan/co-funder.entity';
import type { UsedPassesMonth } from '../passes-ledger/passes-ledger.repository';
import type { ProgrammeEntity } from '../programmes/programme.entity';
import type { Claim, UsedPassesPurchase } from './claims';
import type { BudgetForecast } from './forecast';

export interface ClaimView extends Claim {
  coFunder: CoFunderEntity;
  programme: ProgrammeEntity;
  asOf: string;
  used: UsedPassesPurchase;
  usedByMonth: UsedPassesMonth[];
}

export interface ProgrammeBudgetView {
  programme: ProgrammeEntity;
  asOf: string;
  authorisedCents: number;
  committedCents: number;
  releasedCents: number;
  paidCents: number;
  paymentsCents: number;
  receiptsCents: number;
  forecast: BudgetForecast;
  passesUsed: number;
  claims: ClaimView[];
}
