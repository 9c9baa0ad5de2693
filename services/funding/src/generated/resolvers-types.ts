import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ProgrammeEntity as ProgrammeEntityModel, ProgrammePeriodEntity as ProgrammePeriodEntityModel, ProgrammeClosingEntity as ProgrammeClosingEntityModel } from '../programmes/programme.entity';
import type { DeliberationEntity as DeliberationEntityModel } from '../programmes/deliberation.entity';
import type { CommitmentAuthorisationEntity as CommitmentAuthorisationEntityModel, AuthorisationVersionEntity as AuthorisationVersionEntityModel, ScheduleRecord as ScheduleRecordModel } from '../programmes/authorisation.entity';
import type { ProgrammeBudgetView as ProgrammeBudgetViewModel, ClaimView as ClaimViewModel } from '../budget/budget.views';
import type { BudgetYearLine as BudgetYearLineModel, BudgetForecast as BudgetForecastModel } from '../budget/forecast';
import type { GrantFigures as GrantFiguresModel } from '../budget/claims';
import type { UsedPassesMonth as UsedPassesMonthModel } from '../passes-ledger/passes-ledger.repository';
import type { Reconciliation as ReconciliationModel, ReconciliationLine as ReconciliationLineModel } from '../passes-ledger/passes-ledger.service';
import type { PassesFactEntity as PassesFactEntityModel } from '../passes-ledger/passes-fact.entity';
import type { CommitmentEntity as CommitmentEntityModel, PaymentEntity as PaymentEntityModel, CommitmentReductionEntity as CommitmentReductionEntityModel, ReceiptEntity as ReceiptEntityModel } from '../commitments/commitment.entity';
import type { FundingPlanSource as FundingPlanSourceModel } from '../funding-plan/funding-plan.resolvers';
import type { FundingPlanVersionEntity as FundingPlanVersionEntityModel, PlannedShareRecord as PlannedShareRecordModel, CoFunderEntity as CoFunderEntityModel, CoFunderClaimEntity as CoFunderClaimEntityModel, CoFunderReceiptEntity as CoFunderReceiptEntityModel } from '../funding-plan/co-funder.entity';
import type { FundingContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An instant, ISO-8601 with offset. */
  DateTime: { input: Date; output: Date | string; }
  /** An integer between -(2^53 - 1) and 2^53 - 1: amounts in cents exceed 32-bit integers at national scale. */
  SafeInt: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AmendProgrammeInput = {
  /** Authorisations whose amount and schedule change. */
  authorisations?: InputMaybe<Array<AuthorisationAmendmentInput>>;
  /** The whole new funding plan, as setFundingPlan takes it. Required when the authorised total changes and the programme has a plan (it must balance again). */
  coFunders?: InputMaybe<Array<CoFunderInput>>;
  /** The deliberation that amends the programme, decided after the programme's latest deliberation and adopted. */
  deliberation: DeliberationInput;
  /** The new last day of the operation. */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** A further authorisation voted by the amendment. */
  newAuthorisation?: InputMaybe<AuthorisationInput>;
  /** A validity extension of the programme's passes: the last day they may be redeemed, on or after the end of the operation. */
  passesValidUntil?: InputMaybe<Scalars['Date']['input']>;
  programmeId: Scalars['ID']['input'];
};

/** One state-changing call, as the audit trail keeps it: who, when, what, and how it ended. No personal data: of the arguments, only the ids they named are kept. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  at: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The mutation called. */
  operation: Scalars['String']['output'];
  organisationId?: Maybe<Scalars['ID']['output']>;
  /** OK, or the error code the call ended with. */
  outcome: Scalars['String']['output'];
  /** The programmes the call acted in. */
  programmeIds: Array<Scalars['ID']['output']>;
  /** @deprecated A caller may hold several roles: use roles. */
  role: Scalars['String']['output'];
  /** The caller's roles. */
  roles: Array<Scalars['String']['output']>;
  /** The service that recorded it. */
  service: Scalars['String']['output'];
  /** Who: a person's subject, a partner credential (credential:<id>; credential:<id>:for:<organisation id> for a vendor key acting for an organisation that delegated to it, organisationId then naming that organisation), or anonymous. */
  subject: Scalars['String']['output'];
  /** The ids the call named (arguments called id, ids, …Id or …Ids). */
  targets: Array<Scalars['String']['output']>;
};

/** A page of the audit trail, newest first. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AuthorisationAmendmentInput = {
  /** The new amount, decimal string; never below what is committed against it. */
  amount: Scalars['String']['input'];
  authorisationId: Scalars['ID']['input'];
  /** The whole new schedule; it must sum to the amount. */
  schedule: Array<ScheduleLineInput>;
};

export type AuthorisationInput = {
  /** Amount as a decimal string with at most two decimals: 763900.00. */
  amount: Scalars['String']['input'];
  budgetYear: Scalars['Int']['input'];
  imputation: BudgetImputationInput;
  kind: AuthorisationKind;
  schedule: Array<ScheduleLineInput>;
};

/** Kind of multi-year budget ceiling. */
export type AuthorisationKind =
  /** Autorisation d'engagement: operating spending. */
  | 'AE'
  /** Autorisation de programme: investment spending. */
  | 'AP';

/** An authorisation's amount and schedule as one deliberation set them. */
export type AuthorisationVersion = {
  __typename?: 'AuthorisationVersion';
  amount: Money;
  deliberation: Deliberation;
  recordedAt: Scalars['DateTime']['output'];
  schedule: Array<ScheduleLine>;
  /** 1 for the vote, one more with each amendment that changed it. */
  version: Scalars['Int']['output'];
};

/** Where an amount sits in the budget: chapter / function / nature / programme code, under a nomenclature (M71 until 2023, M57 since 2024). */
export type BudgetImputation = {
  __typename?: 'BudgetImputation';
  chapter: Scalars['String']['output'];
  function: Scalars['String']['output'];
  /** The usual written form: 935/56/6518/56000017. */
  label: Scalars['String']['output'];
  nature: Scalars['String']['output'];
  nomenclature: Scalars['String']['output'];
  nomenclatureVersion: Scalars['String']['output'];
  programmeCode: Scalars['String']['output'];
};

export type BudgetImputationInput = {
  chapter: Scalars['String']['input'];
  function: Scalars['String']['input'];
  nature: Scalars['String']['input'];
  nomenclature: Scalars['String']['input'];
  nomenclatureVersion: Scalars['String']['input'];
  programmeCode: Scalars['String']['input'];
};

/** One budget year of a programme: planned (the payment schedule) against its payment orders and its receipts, with a forecast for the schedule's open years. */
export type BudgetYear = {
  __typename?: 'BudgetYear';
  /**
   * The year's payment orders, as payments.
   * @deprecated Use payments (and receipts, net).
   */
  actual: Money;
  budgetYear: Scalars['Int']['output'];
  /**
   * Payments expected in the year at the current pace; null for closed years and years beyond the schedule.
   * pace = payments to date (net) / days from 1 January of the first budget year to the as-of day (both included);
   * a future year's forecast is pace × its days; the current year's is its payments so far + pace × the days left after the as-of day;
   * each projection is rounded half up to the cent and capped so that payments (net of receipts) plus projections never exceed the authorisation, less what was released.
   */
  forecast?: Maybe<Money>;
  /** payments − receipts: what the year cost in the end (negative when more came back than was paid that year). */
  net: Money;
  /** Payment orders (mandats) charged to the year, up to the as-of day: what the schedule plans. Never negative. */
  payments: Money;
  /** The payment schedule's amount for the year (all authorisations), as in force. */
  planned: Money;
  /** Receipts (titres de recettes) charged to the year, up to the as-of day: credit notes and recoveries. Never negative. */
  receipts: Money;
  status: BudgetYearStatus;
};

/** A budget year relative to the as-of day. */
export type BudgetYearStatus =
  | 'CLOSED'
  | 'CURRENT'
  | 'FUTURE';

export type ChangeSettlementModelInput = {
  programmeId: Scalars['ID']['input'];
  settlementModel: SettlementModel;
};

/** The evidence behind a claim: payment orders and invoices, refunds, counts of passes used. */
export type ClaimEvidence = {
  __typename?: 'ClaimEvidence';
  /** Passes used up to the as-of day. */
  passesUsed: Scalars['Int']['output'];
  /** The payments in the base, oldest first: pass-order payments for USED_PASSES_SHARE, eligible payments for ELIGIBLE_PAID_RATE, all payments for FIXED_GRANT and REMAINDER. */
  payments: PaymentConnection;
  /** The receipts that lower the base, oldest first: eligible ones for ELIGIBLE_PAID_RATE, all for FIXED_GRANT and REMAINDER, none for USED_PASSES_SHARE (whose base is passes used). */
  receipts: Array<Receipt>;
  /** Their face value. */
  usedFaceValue: Money;
  /** Their share of their orders' fees. */
  usedFee: Money;
  /** Passes used, month by month. */
  usedPassesByMonth: Array<UsedPassesMonth>;
};


/** The evidence behind a claim: payment orders and invoices, refunds, counts of passes used. */
export type ClaimEvidencePaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CloseProgrammeInput = {
  /** The day the accounts are closed: on or after the last payment order, and after the end of the operation. */
  closedOn: Scalars['Date']['input'];
  /** The deliberation that closed them, when the closing was voted. */
  deliberation?: InputMaybe<DeliberationInput>;
  programmeId: Scalars['ID']['input'];
  /** The act that closes them (the closing decree's or the deliberation's reference); at most 200 characters. */
  reference: Scalars['String']['input'];
};

/** A co-funder of a programme: an organisation of the partners service with its planned share and rule. */
export type CoFunder = {
  __typename?: 'CoFunder';
  /** Reference of the grant agreement (convention), when there is one. */
  agreementReference?: Maybe<Scalars['String']['output']>;
  /** What the record assumes where the sources are silent (a rate, a date), in words. */
  assumption?: Maybe<Scalars['String']['output']>;
  /** FIXED_GRANT only: the convention's terms. */
  convention?: Maybe<GrantConvention>;
  /** Name shown in plans and claims, e.g. Union européenne — FEDER, PO Picardie, axe 2. */
  displayName: Scalars['String']['output'];
  /** FIXED_GRANT only: the final report, once filed (recordFinalReport); the balance is due from then on. */
  finalReport?: Maybe<FinalReport>;
  id: Scalars['ID']['output'];
  kind: CoFunderKind;
  /** The organisation, owned by the partners service; null when it is not known there. */
  organisation?: Maybe<Organisation>;
  /** What the plan expects the co-funder to pay: for FIXED_GRANT, the convention's amount; for a rate rule, its cap. */
  planned: Money;
  /** A rate rule's rate in basis points (50 % = 5000); null when the rate is an exact share, and for FIXED_GRANT and REMAINDER. */
  rateBasisPoints?: Maybe<Scalars['Int']['output']>;
  /** A rate rule's rate as a percentage rounded half up to two decimals, e.g. 16.36 — for display only: the rule applies the exact share or the basis points; null for FIXED_GRANT and REMAINDER. */
  ratePercent?: Maybe<Scalars['String']['output']>;
  /** The co-funder's payments, oldest first. Null with a FORBIDDEN error for callers who may not see the programme's funding figures. */
  receipts?: Maybe<Array<CoFunderReceipt>>;
  /** What the co-funder has paid so far. Null with a FORBIDDEN error for callers who may not see the programme's funding figures. */
  received?: Maybe<Money>;
  /** How the rule's product is brought to the cent. */
  rounding: RoundingRule;
  rule: CoFundingRule;
  /** A rate rule's rate as an exact share of a cost, e.g. 125,000.00 of 763,900.00 (which rounds to 16.36 %); null when the rate is in basis points. */
  share?: Maybe<CoFunderShare>;
  status: CoFundingStatus;
  /** The requests for funds sent to it (submitClaim), oldest first. Null with a FORBIDDEN error for callers who may not see the programme's funding figures. */
  submittedClaims?: Maybe<Array<SubmittedClaim>>;
};

/**
 * What a co-funder owes now, computed from evidence as of the budget's day. Every figure is in integer cents; a rate is applied once to the whole base, with the co-funder's rounding rule.
 * FIXED_GRANT (grant G = planned, convention base B, spending S = all payments net of receipts):
 *   earned = G × min(S, B) ÷ B, rounded; it is G exactly once S reaches B, and never more.
 *   Nothing is due before the convention is signed (stage NOT_SIGNED).
 *   Before the final report, entitlement = min(ceiling, max(advance, earned)) with advance = G × advance rate and ceiling = G × instalment ceiling, both rounded down (stage ADVANCE while earned ≤ advance, INSTALMENTS after).
 *   From the final report, entitlement = earned (stage BALANCE): the balance, or what must be repaid when more was received.
 * USED_PASSES_SHARE: base = purchase of the passes used (face value + their share of the order's fee); entitlement = min(planned, rate × base).
 * ELIGIBLE_PAID_RATE: base = FEDER-eligible payments net of eligible receipts; entitlement = min(planned, rate × base), the rate being an exact share (amount ÷ of) or basis points.
 * Co-funders with a rate never together claim more than was paid net (served in plan order).
 * REMAINDER: base = all payments net of receipts; entitlement = what the others' entitlements leave of it.
 */
export type CoFunderClaim = {
  __typename?: 'CoFunderClaim';
  /** What the rule applies to. */
  base: Money;
  /** entitlement − max(received, claimed), never below zero: what may be requested now (submitClaim refuses more). */
  claimableNow: Money;
  /** What was requested from it (submitted claims), up to the as-of day. */
  claimed: Money;
  coFunder: CoFunder;
  /**
   * The claim and its evidence as CSV, to attach to the claim: semicolon-separated, UTF-8 with a byte-order mark, CRLF line ends, amounts in euros with a decimal comma (1234,56), formula-like cells neutralised.
   * Columns: section (summary, passes_used, payment, receipt), item, date, budget_year, reference, invoice_reference, third_party, pass_count, amount_eur. Summary rows first (programme, co_funder, rule, rate, rounding, agreement, as_of, base, planned, entitlement, received, claimed, claimable_now, to_repay, and for FIXED_GRANT stage, spent, grant_base, earned, advance, ceiling), then the evidence: payment orders with their invoices (positive), receipts (negative).
   */
  csv: Scalars['String']['output'];
  /** What the rule entitles the programme to claim to date. */
  entitlement: Money;
  evidence: ClaimEvidence;
  /** Why the entitlement is what it is, in one sentence with the figures (English). */
  explanation: Scalars['String']['output'];
  /** FIXED_GRANT only: where the convention stands and the figures of the formula. */
  grant?: Maybe<GrantClaim>;
  /** entitlement − received, never below zero: what the co-funder owes now. */
  owed: Money;
  /** What the co-funder has paid, up to the as-of day. */
  received: Money;
  /** The statement of expenditure (état récapitulatif des dépenses) for the claim as a PDF, base64-encoded: the payment orders and receipts it rests on, the computation, what was received and what is claimed, with a certification block for the authorising officer (ordonnateur) to sign. */
  statementPdfBase64: Scalars['String']['output'];
  /** received − entitlement, never below zero: what the programme must give back (a final report showing less spending than the grant's advance and instalments). */
  toRepay: Money;
};

export type CoFunderInput = {
  agreementReference?: InputMaybe<Scalars['String']['input']>;
  /** What the record assumes where the sources are silent, in words; at most 2,000 characters. */
  assumption?: InputMaybe<Scalars['String']['input']>;
  /** FIXED_GRANT only, required: the convention's terms. */
  convention?: InputMaybe<GrantConventionInput>;
  displayName: Scalars['String']['input'];
  kind: CoFunderKind;
  /** The co-funder's organisation in the partners service. */
  organisationId: Scalars['ID']['input'];
  /** Planned contribution as a decimal string with at most two decimals: 488900.00. For FIXED_GRANT, the convention's amount; for a rate rule, its cap. */
  planned: Scalars['String']['input'];
  /** Basis points, 1–10000 (50 % = 5000); a rate rule (USED_PASSES_SHARE, ELIGIBLE_PAID_RATE) takes either this or share; absent for FIXED_GRANT and REMAINDER. */
  rateBasisPoints?: InputMaybe<Scalars['Int']['input']>;
  /** How the rule's product is brought to the cent; DOWN when left out. */
  rounding?: InputMaybe<RoundingRule>;
  rule: CoFundingRule;
  /** A rate rule's rate as an exact share of a cost (FEDER: 125000.00 of 763900.00); either this or rateBasisPoints. */
  share?: InputMaybe<CoFunderShareInput>;
  status: CoFundingStatus;
};

/** Where a co-funder's money comes from. */
export type CoFunderKind =
  /** The European Regional Development Fund (FEDER). */
  | 'EU_FEDER'
  | 'OTHER'
  /** The programme owner's own budget. */
  | 'OWN_FUNDS'
  | 'STATE';

/** Money received from a co-funder. */
export type CoFunderReceipt = {
  __typename?: 'CoFunderReceipt';
  amount: Money;
  id: Scalars['ID']['output'];
  receivedOn: Scalars['Date']['output'];
  /** The co-funder's payment reference. */
  reference: Scalars['String']['output'];
};

/** A rate stated as an exact share of a cost: amount ÷ of. */
export type CoFunderShare = {
  __typename?: 'CoFunderShare';
  amount: Money;
  of: Money;
};

export type CoFunderShareInput = {
  /** Decimal string, more than zero and at most of: 125000.00. */
  amount: Scalars['String']['input'];
  /** Decimal string, more than zero: 763900.00. */
  of: Scalars['String']['input'];
};

/** How a co-funder's share is computed from what actually happened (docs/funding-model.md gives each rule with the founding decision's figures). */
export type CoFundingRule =
  /** A rate of eligible expenses actually paid (FEDER), stated in basis points or as an exact share of a cost, capped at the planned amount. */
  | 'ELIGIBLE_PAID_RATE'
  /** A fixed amount (the planned amount) granted under a signed convention for an eligible spending base: an advance at signature, instalments on evidence of spending up to a ceiling, the balance on the final report. Spending below the base reduces the grant pro rata; it never exceeds the planned amount (CoFunderClaim gives the formula). */
  | 'FIXED_GRANT'
  /** The rest: what the other co-funders do not pay. At most one co-funder per plan. */
  | 'REMAINDER'
  /** At most a rate (the State's call for projects: 50 %) of the purchase of passes actually used: their face value plus their share of the order's fee. */
  | 'USED_PASSES_SHARE';

/** Where a co-funder's contribution stands. */
export type CoFundingStatus =
  | 'GRANTED'
  | 'REQUESTED'
  /** The agreement (convention) is signed. */
  | 'SIGNED';

/** A legal commitment (engagement) charged to a commitment authorisation. Commitments never exceed their authorisation, net of reductions. */
export type Commitment = {
  __typename?: 'Commitment';
  /** As committed. */
  amount: Money;
  authorisation: CommitmentAuthorisation;
  budgetYear: Scalars['Int']['output'];
  committedOn: Scalars['Date']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** PASS_ORDER only: the passes' face value. */
  faceValue?: Maybe<Money>;
  /** PASS_ORDER only: the operator's fee. */
  fee?: Maybe<Money>;
  id: Scalars['ID']['output'];
  kind: CommitmentKind;
  /** What remains committed: amount − reduced. */
  net: Money;
  /** The passes service's order, when the commitment came from its event. */
  orderId?: Maybe<Scalars['ID']['output']>;
  /** Paid, net of receipts: paymentTotal − receiptTotal. Never more than net. */
  paid: Money;
  /** PASS_ORDER only: how many passes. */
  passCount?: Maybe<Scalars['Int']['output']>;
  /** Sum of its payment orders (mandats). */
  paymentTotal: Money;
  /** Payments, oldest first. */
  payments: PaymentConnection;
  /** Sum of its receipts (titres de recettes). */
  receiptTotal: Money;
  /** Receipts (titres de recettes), oldest first. */
  receipts: Array<Receipt>;
  /** Sum of the reductions (credit notes, cancelled parts). */
  reduced: Money;
  /** Reductions, oldest first. */
  reductions: Array<CommitmentReduction>;
  reference: Scalars['String']['output'];
  source: RecordSource;
  /** Still to pay: net − paid. */
  toPay: Money;
};


/** A legal commitment (engagement) charged to a commitment authorisation. Commitments never exceed their authorisation, net of reductions. */
export type CommitmentPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A commitment authorisation: the multi-year ceiling of what may be committed, with its planned yearly payments (which sum to it). */
export type CommitmentAuthorisation = {
  __typename?: 'CommitmentAuthorisation';
  amount: Money;
  /** Budget year of the vote. */
  budgetYear: Scalars['Int']['output'];
  /** The deliberation that voted it. */
  deliberation: Deliberation;
  id: Scalars['ID']['output'];
  imputation: BudgetImputation;
  kind: AuthorisationKind;
  /** What was left uncommitted when the programme closed, released for good; zero while it is open. */
  released: Money;
  /** Planned payments per budget year, in year order, as in force. */
  schedule: Array<ScheduleLine>;
  /** Its amount and schedule as each deliberation set them, oldest first. Version 1 is the vote; the last one is in force. A correction is a new version, never an edit. */
  versions: Array<AuthorisationVersion>;
};

/** A page of commitments, oldest first. */
export type CommitmentConnection = {
  __typename?: 'CommitmentConnection';
  edges: Array<CommitmentEdge>;
  pageInfo: PageInfo;
  /** Commitments matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One commitment of a page. */
export type CommitmentEdge = {
  __typename?: 'CommitmentEdge';
  cursor: Scalars['String']['output'];
  node: Commitment;
};

/** What a commitment is for. */
export type CommitmentKind =
  /** A support-engineering contract. */
  | 'ENGINEERING'
  | 'OTHER'
  /** An order of passes to the operator: face value plus the operator's fee. */
  | 'PASS_ORDER';

/** A reduction of a commitment: a credit note for unused passes, a cancelled part of a contract. It releases part of what was committed; money already paid and given back is a receipt of its own, recorded with it. */
export type CommitmentReduction = {
  __typename?: 'CommitmentReduction';
  /** By how much the commitment goes down. */
  amount: Money;
  budgetYear: Scalars['Int']['output'];
  /** Whether the receipt recorded with it lowers the FEDER-eligible expenses. */
  federEligible: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** For a credit note: the passes it covers. */
  passCount?: Maybe<Scalars['Int']['output']>;
  /** The receipt (titre de recettes) recorded with it, when part of it had been paid. */
  receipt?: Maybe<Receipt>;
  reducedOn: Scalars['Date']['output'];
  reference: Scalars['String']['output'];
  /**
   * The part of it given back after being paid: the amount of the receipt recorded with it, or zero.
   * @deprecated Money given back is a receipt: read receipt.
   */
  refunded: Money;
  source: RecordSource;
};

/** The body that took a decision. */
export type DecisionBody =
  | 'REGIONAL_COUNCIL'
  | 'STANDING_COMMITTEE';

/** Outcome of a vote. */
export type DecisionOutcome =
  | 'ADOPTED'
  | 'ADOPTED_UNANIMOUSLY'
  | 'REJECTED';

/** A deliberation of a local authority: the legal act that authorises spending. */
export type Deliberation = {
  __typename?: 'Deliberation';
  /** What the record assumes where the act's text is not known to the platform (an amount, a vote, a place), in words; null when everything comes from the act. */
  assumption?: Maybe<Scalars['String']['output']>;
  body: DecisionBody;
  /** Who chaired the session. */
  chair: Scalars['String']['output'];
  /** Numbers of the earlier deliberations the decision cites. */
  cites: Array<Scalars['String']['output']>;
  decidedOn: Scalars['Date']['output'];
  /** The decisions taken, as worded. */
  decisions: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: DeliberationKind;
  /** The deliberation's number as published. */
  number: Scalars['String']['output'];
  outcome: DecisionOutcome;
  /** Where the body sat. */
  place: Scalars['String']['output'];
  subject: Scalars['String']['output'];
  /** Budget theme, e.g. C04.06 Innovation numérique et sociale. */
  theme?: Maybe<Scalars['String']['output']>;
  /** How the members voted; null when the vote is not known (the assumption then says so). */
  vote?: Maybe<Vote>;
};

export type DeliberationInput = {
  /** What the record assumes where the act's text is not known (an amount, a vote, a place), in words; at most 2,000 characters. */
  assumption?: InputMaybe<Scalars['String']['input']>;
  body: DecisionBody;
  chair: Scalars['String']['input'];
  cites: Array<Scalars['String']['input']>;
  decidedOn: Scalars['Date']['input'];
  decisions: Array<Scalars['String']['input']>;
  number: Scalars['String']['input'];
  outcome: DecisionOutcome;
  place: Scalars['String']['input'];
  subject: Scalars['String']['input'];
  theme?: InputMaybe<Scalars['String']['input']>;
  /** How the members voted; may be left out only when the assumption says why it is not known. */
  vote?: InputMaybe<VoteInput>;
};

/** What a deliberation did to its programme. */
export type DeliberationKind =
  /** It changed the programme after its opening (amendProgramme): its authorisation, schedule, dates or funding plan, or none of them. */
  | 'AMENDMENT'
  /** It closed the programme's accounts (closeProgramme). */
  | 'CLOSING'
  /** It decided the programme (openProgramme). */
  | 'OPENING';

/** A fixed grant's final report, as filed with the co-funder. */
export type FinalReport = {
  __typename?: 'FinalReport';
  filedOn: Scalars['Date']['output'];
  reference: Scalars['String']['output'];
};

/** Who pays what share of a programme. It balances when the co-funders' planned amounts sum to the programme's total authorised. */
export type FundingPlan = {
  __typename?: 'FundingPlan';
  /** The programme's total authorised. */
  authorised: Money;
  /** True when planned equals authorised, to the cent. */
  balanced: Scalars['Boolean']['output'];
  /** In the order the plan lists them. */
  coFunders: Array<CoFunder>;
  /** Sum of the co-funders' planned amounts. */
  planned: Money;
  /** The plan as each change left it, oldest first: the last one is in force. A correction is a new version, never an edit. */
  versions: Array<FundingPlanVersion>;
};

/** The funding plan as one change left it. */
export type FundingPlanVersion = {
  __typename?: 'FundingPlanVersion';
  /** The amendment that changed it; null for a plan set by the programme's managers (setFundingPlan). */
  deliberation?: Maybe<Deliberation>;
  recordedAt: Scalars['DateTime']['output'];
  shares: Array<PlannedShare>;
  /** 1 for the first plan, one more with each change. */
  version: Scalars['Int']['output'];
};

/** A fixed grant's claim, figure by figure. */
export type GrantClaim = {
  __typename?: 'GrantClaim';
  /** grant × advance rate, rounded down. */
  advance: Money;
  /** The convention's eligible spending base. */
  base: Money;
  /** grant × instalment ceiling, rounded down: the most due before the final report. */
  ceiling: Money;
  /** grant × min(spent, base) ÷ base, rounded with the co-funder's rounding rule. */
  earned: Money;
  finalReportOn?: Maybe<Scalars['Date']['output']>;
  /** The convention's amount (planned). */
  grant: Money;
  signedOn?: Maybe<Scalars['Date']['output']>;
  /** Spending to date: all payments net of receipts. */
  spent: Money;
  stage: GrantStage;
};

/** The terms of a fixed grant's convention. */
export type GrantConvention = {
  __typename?: 'GrantConvention';
  /** The advance due at signature, in basis points of the grant (30 % = 3000). */
  advanceRateBasisPoints: Scalars['Int']['output'];
  /** The eligible spending the grant is computed on; spending below it reduces the grant pro rata. */
  base: Money;
  /** What advance and instalments may reach together before the final report, in basis points of the grant (80 % = 8000). */
  instalmentCeilingBasisPoints: Scalars['Int']['output'];
  /** The day the convention was signed; null while it is not. Nothing is due before. */
  signedOn?: Maybe<Scalars['Date']['output']>;
};

export type GrantConventionInput = {
  /** The advance due at signature, basis points of the grant, 0–10000. */
  advanceRateBasisPoints: Scalars['Int']['input'];
  /** The eligible spending base, decimal string; at least the planned amount. */
  base: Scalars['String']['input'];
  /** The most that advance and instalments may reach before the final report, basis points of the grant, from the advance rate to 10000. */
  instalmentCeilingBasisPoints: Scalars['Int']['input'];
  /** The day the convention was signed; required once the status is SIGNED. */
  signedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** Where a fixed grant's convention stands. */
export type GrantStage =
  /** Signed: the advance is due; spending has not earned more yet. */
  | 'ADVANCE'
  /** The final report is filed: the grant is what spending earned, and the balance is due (or the excess to repay). */
  | 'BALANCE'
  /** Spending earned more than the advance: instalments are due, up to the ceiling, until the final report. */
  | 'INSTALMENTS'
  /** The convention is not signed yet (or not as of the day): nothing is due. */
  | 'NOT_SIGNED';

/** An amount of money. Counted in integer cents; every other field is a rendering of `cents`. */
export type Money = {
  __typename?: 'Money';
  /** Decimal rendering with two decimals and a dot: 763900.00. */
  amount: Scalars['String']['output'];
  /** The amount in cents (1000 = 10.00 EUR). */
  cents: Scalars['SafeInt']['output'];
  /** ISO 4217 currency code; always EUR. */
  currency: Scalars['String']['output'];
  /** French rendering: 763 900,00 €. */
  formatted: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Records a deliberation that amends a programme after its vote, and the figures it changes, all or nothing: authorisations' amounts and schedules, a further authorisation, the end date, a validity extension of the passes, the funding plan. Each changed figure gets a new version; earlier ones stay as they were. A deliberation that changes none of them is recorded as such. Announces funding.programme.amended.v1. The programme's managers only.
   * Errors: COMMITMENTS_EXCEED_AUTHORISATION (field authorisations.<i>.amount: below what is committed, committedCents), SCHEDULE_DOES_NOT_SUM (field authorisations.<i>.schedule or newAuthorisation.schedule), PLAN_DOES_NOT_BALANCE (field coFunders), DELIBERATION_NOT_ADOPTED (field deliberation.outcome), DELIBERATION_OUT_OF_ORDER (field deliberation.decidedOn: before the programme's latest deliberation), INVALID_PERIOD (field endsOn or passesValidUntil), PROGRAMME_CLOSED, DUPLICATE_CO_FUNDER, MORE_THAN_ONE_REMAINDER, INVALID_RATE, INVALID_GRANT_TERMS, CO_FUNDER_HAS_RECEIPTS, CO_FUNDER_HAS_CLAIMS, RECEIPTS_EXCEED_PLANNED, INVALID_VOTE, INVALID_AMOUNT, INVALID_ID, NOT_FOUND (no such programme or authorisation, or one of a programme the caller does not manage), BAD_USER_INPUT, FORBIDDEN.
   */
  amendProgramme: Programme;
  /**
   * Changes how places get their money; only while the programme has no commitment. The programme's managers only.
   * Errors: SETTLEMENT_MODEL_LOCKED, INVALID_ID, NOT_FOUND (no such programme, or not one the caller manages), FORBIDDEN.
   */
  changeSettlementModel: Programme;
  /**
   * Closes a programme's accounts: the final accounts are kept (ProgrammeClosing), what each authorisation left uncommitted is released for good, and nothing more can be committed or paid. Refused whole while something is pending. Announces funding.programme.closed.v1. The programme's managers only.
   * Errors: STATEMENTS_PENDING (field programmeId, pendingStatementCount: places' statements approved and not yet paid), RECOVERIES_PENDING (field programmeId, pendingRecoveryCount: redemptions recovered after payment and not yet taken back by a paid statement), PASSES_FACTS_UNSETTLED (field programmeId, unsettledCount: money facts of the passes service waiting or refused), COMMITMENTS_TO_PAY (field programmeId, commitmentCount, toPayCents: commitments with something left to pay; pay or reduce them first), CLOSING_TOO_EARLY (field closedOn: before the end of the operation or the last payment order), PROGRAMME_CLOSED, DELIBERATION_NOT_ADOPTED, INVALID_VOTE, INVALID_ID, NOT_FOUND (no such programme, or one the caller does not manage), BAD_USER_INPUT, FORBIDDEN.
   */
  closeProgramme: Programme;
  /**
   * Records a programme with the deliberation that decided it and its commitment authorisation, and announces it to the other services (funding.programme.opened.v1). Programme managers, for their own organisation; the platform operator, for any authority.
   * Errors: PROGRAMME_CODE_TAKEN, SCHEDULE_DOES_NOT_SUM, INVALID_PERIOD, INVALID_VOTE, DELIBERATION_NOT_ADOPTED (field deliberation.outcome: a rejected deliberation opens nothing), INVALID_PERIMETER (field perimeter.code: not a code of its level — a ZONE is named by the zone's id), INVALID_AMOUNT, INVALID_ID, BAD_USER_INPUT, FORBIDDEN (field ownerOrganisationId: another organisation than the manager's own, or none named by the operator; nothing is written).
   */
  openProgramme: Programme;
  /**
   * Records money received from a co-funder. Programme managers and finance officers of the co-funder's programme.
   * Errors: CO_FUNDER_NOT_GRANTED, RECEIPTS_EXCEED_PLANNED, INVALID_AMOUNT, INVALID_ID, NOT_FOUND (no such co-funder, or one of a programme the caller does not run), BAD_USER_INPUT, FORBIDDEN.
   */
  recordCoFunderReceipt: CoFunder;
  /**
   * Records a commitment by hand (pass orders placed through the passes service arrive by event). Programme managers and finance officers of the authorisation's programme.
   * Errors: PROGRAMME_CLOSED, COMMITMENTS_EXCEED_AUTHORISATION, PASS_ORDER_AMOUNT_MISMATCH, COMMITMENT_BEFORE_DECISION, BUDGET_YEAR_MISMATCH, INVALID_AMOUNT, INVALID_ID, NOT_FOUND (no such authorisation, or one of a programme the caller does not run), BAD_USER_INPUT, FORBIDDEN.
   */
  recordCommitment: Commitment;
  /**
   * Records a reduction of a commitment (a cancelled part of a contract): it releases what is still unpaid, never money already paid — record that as a receipt (recordReceipt, releasesCommitment: true). Programme managers and finance officers of the commitment's programme.
   * Errors: REDUCTION_EXCEEDS_UNPAID (field amount, unpaidCents), REDUCTION_BEFORE_COMMITMENT, BUDGET_YEAR_MISMATCH, INVALID_AMOUNT, INVALID_ID, NOT_FOUND (no such commitment, or one of a programme the caller does not run), BAD_USER_INPUT, FORBIDDEN.
   */
  recordCommitmentReduction: CommitmentReduction;
  /**
   * Records a fixed grant's final report: from filedOn, the grant is what spending earned and its balance is due. Once per co-funder. Programme managers and finance officers of the co-funder's programme.
   * Errors: NOT_A_FIXED_GRANT (field coFunderId), FINAL_REPORT_ALREADY_FILED (field coFunderId), CONVENTION_NOT_SIGNED (field filedOn: before the signature, or not signed), INVALID_ID, NOT_FOUND (no such co-funder, or one of a programme the caller does not run), BAD_USER_INPUT, FORBIDDEN.
   */
  recordFinalReport: CoFunder;
  /**
   * Records a payment order against a commitment. Programme managers and finance officers of the commitment's programme.
   * Errors: PAYMENTS_EXCEED_COMMITMENT, PAYMENT_BEFORE_COMMITMENT, PROGRAMME_CLOSED, BUDGET_YEAR_MISMATCH, INVALID_AMOUNT, INVALID_ID, NOT_FOUND (no such commitment, or one of a programme the caller does not run), BAD_USER_INPUT, FORBIDDEN.
   */
  recordPayment: Payment;
  /**
   * Records a receipt (titre de recettes) on a commitment: a credit note, or a recovery of money paid wrongly (a correction after payment names the payment). With releasesCommitment, the commitment goes down by the same amount in the same transaction. Programme managers and finance officers of the commitment's programme.
   * Errors: RECEIPTS_EXCEED_PAYMENTS (field amount: more than the commitment has paid net, paidCents), RECEIPT_BEFORE_PAYMENT (field issuedOn), REASON_REQUIRED (field reason), CORRECTED_PAYMENT_NOT_OF_COMMITMENT (field correctsPaymentId), BUDGET_YEAR_MISMATCH, INVALID_AMOUNT, INVALID_ID, NOT_FOUND (no such commitment, or one of a programme the caller does not run), BAD_USER_INPUT, FORBIDDEN.
   */
  recordReceipt: Receipt;
  /**
   * Replaces a programme's funding plan whole. The programme's managers only.
   * Replacing it adds a version to FundingPlan.versions; the previous versions stay as they were.
   * Errors: PLAN_DOES_NOT_BALANCE (the planned amounts must sum to the programme's total authorised), DUPLICATE_CO_FUNDER, MORE_THAN_ONE_REMAINDER, INVALID_RATE, INVALID_GRANT_TERMS (field coFunders.<i>.convention…: missing for FIXED_GRANT, given for another rule, a base below the grant, a ceiling below the advance, a SIGNED convention without signedOn), CO_FUNDER_HAS_RECEIPTS, CO_FUNDER_HAS_CLAIMS (a co-funder that was claimed from or filed a final report cannot leave), RECEIPTS_EXCEED_PLANNED, INVALID_AMOUNT, INVALID_ID, NOT_FOUND (no such programme, or not one the caller manages), BAD_USER_INPUT, FORBIDDEN.
   */
  setFundingPlan: FundingPlan;
  /**
   * Records a request for funds sent to a co-funder (appel de fonds), refused when it asks more than the co-funder's rule allows as of asOf, less what was received and claimed before. Programme managers and finance officers of the co-funder's programme.
   * Errors: CLAIM_EXCEEDS_ENTITLEMENT (field amount, claimableCents, entitlementCents), CO_FUNDER_NOT_GRANTED, INVALID_AMOUNT, INVALID_ID, NOT_FOUND (no such co-funder, or one of a programme the caller does not run), BAD_USER_INPUT, FORBIDDEN.
   */
  submitClaim: SubmittedClaim;
};


export type MutationAmendProgrammeArgs = {
  input: AmendProgrammeInput;
};


export type MutationChangeSettlementModelArgs = {
  input: ChangeSettlementModelInput;
};


export type MutationCloseProgrammeArgs = {
  input: CloseProgrammeInput;
};


export type MutationOpenProgrammeArgs = {
  input: OpenProgrammeInput;
};


export type MutationRecordCoFunderReceiptArgs = {
  input: RecordCoFunderReceiptInput;
};


export type MutationRecordCommitmentArgs = {
  input: RecordCommitmentInput;
};


export type MutationRecordCommitmentReductionArgs = {
  input: RecordCommitmentReductionInput;
};


export type MutationRecordFinalReportArgs = {
  input: RecordFinalReportInput;
};


export type MutationRecordPaymentArgs = {
  input: RecordPaymentInput;
};


export type MutationRecordReceiptArgs = {
  input: RecordReceiptInput;
};


export type MutationSetFundingPlanArgs = {
  input: SetFundingPlanInput;
};


export type MutationSubmitClaimArgs = {
  input: SubmitClaimInput;
};

export type OpenProgrammeInput = {
  authorisation: AuthorisationInput;
  code: Scalars['String']['input'];
  deliberation: DeliberationInput;
  endsOn: Scalars['Date']['input'];
  name: Scalars['String']['input'];
  /** The authority that owns and pays for the programme (a partners organisation). A programme manager opens programmes of its own organisation only, and may leave this out; the platform operator must name it. */
  ownerOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  perimeter: TerritoryRefInput;
  settlementModel: SettlementModel;
  startsOn: Scalars['Date']['input'];
};

/** An organisation, owned by the partners service; here only its key. */
export type Organisation = {
  __typename?: 'Organisation';
  id: Scalars['ID']['output'];
};

/** Where a page starts and ends (Relay's PageInfo). Pages go forward (first/after): hasPreviousPage says whether the page was asked after a cursor. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A money fact announced by the passes service, as funding received it. */
export type PassesFact = {
  __typename?: 'PassesFact';
  /** The fact's total as the passes service stated it: face value + fee for an order or an activation; the gross for a paid statement (passes.statement.paid.v2), or only what it took back when the statement's payment was recorded earlier from passes.statement.paid.v1 (the net). */
  amount: Money;
  /** The event's id. */
  eventId: Scalars['ID']['output'];
  eventType: Scalars['String']['output'];
  occurredOn: Scalars['Date']['output'];
  orderId?: Maybe<Scalars['ID']['output']>;
  passCount: Scalars['Int']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  /** For PENDING, IGNORED and REFUSED: why, as a stable code (e.g. COMMITMENTS_EXCEED_AUTHORISATION, AWAITING_ORDER). */
  reasonCode?: Maybe<Scalars['String']['output']>;
  status: PassesFactStatus;
};

/** What funding did with a money fact of the passes service. */
export type PassesFactStatus =
  /** It produced its commitment, payment or reduction. */
  | 'APPLIED'
  /** Nothing to record under the programme's settlement model. */
  | 'IGNORED'
  /** It waits for an earlier fact (events of different types may arrive in any order). */
  | 'PENDING'
  /** It would break a rule (see reasonCode). */
  | 'REFUSED';

/** Funding's figures for a programme compared with the passes service's totals as received through its events. */
export type PassesReconciliation = {
  __typename?: 'PassesReconciliation';
  lines: Array<ReconciliationLine>;
  /** Passes used, from redemption events, net of redemptions cancelled or recovered after payment. */
  passesUsed: Scalars['Int']['output'];
  /** Redemptions the passes service recovered after their statement was paid, not yet taken back by a place's paid statement: while there are any, the programme cannot be closed (RECOVERIES_PENDING). */
  pendingRecoveryCount: Scalars['Int']['output'];
  /** Places' statements the passes service announced as approved and not yet as paid: while there are any, the programme cannot be closed. */
  pendingStatementCount: Scalars['Int']['output'];
  programme: Programme;
  /** True when every difference is zero and no fact waits or was refused. */
  reconciled: Scalars['Boolean']['output'];
  settlementModel: SettlementModel;
  /** How many facts are not reflected, in all. */
  unsettledCount: Scalars['Int']['output'];
  /** Facts not reflected in funding's figures (waiting or refused), oldest first, at most 100. */
  unsettledFacts: Array<PassesFact>;
};

/** A payment order (mandat) against a commitment. Payments never exceed their commitment, net of reductions and refunds. */
export type Payment = {
  __typename?: 'Payment';
  amount: Money;
  budgetYear: Scalars['Int']['output'];
  commitment: Commitment;
  /** Whether the expense counts for FEDER (eligible expenses actually paid). */
  federEligible: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  invoiceReference?: Maybe<Scalars['String']['output']>;
  paidOn: Scalars['Date']['output'];
  /** Who was paid (the operator for a pass order, the place for a statement), when known. */
  payee?: Maybe<Organisation>;
  /** The payee's name as entered. */
  payeeName?: Maybe<Scalars['String']['output']>;
  /** The payment order's number (for a place's statement: the payment reference). */
  paymentOrderNumber: Scalars['String']['output'];
  source: RecordSource;
};

/** A page of payments, oldest first. */
export type PaymentConnection = {
  __typename?: 'PaymentConnection';
  edges: Array<PaymentEdge>;
  pageInfo: PageInfo;
  /** Payments matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One payment of a page. */
export type PaymentEdge = {
  __typename?: 'PaymentEdge';
  cursor: Scalars['String']['output'];
  node: Payment;
};

/** The pace of payment the forecast extrapolates. */
export type PaymentForecast = {
  __typename?: 'PaymentForecast';
  /** Payments to date divided by days elapsed. */
  dailyPace: Money;
  /** Days from 1 January of the first budget year to the as-of day, both included. */
  daysElapsed: Scalars['Int']['output'];
  /** Last budget year of the payment schedule; null without schedule. */
  lastScheduledYear?: Maybe<Scalars['Int']['output']>;
  /** What the current pace would leave unpaid when the schedule ends: authorised − paid − the forecast of the open years. */
  unpaidAtScheduleEnd: Money;
};

/** One co-funder's share in a version of the funding plan. */
export type PlannedShare = {
  __typename?: 'PlannedShare';
  displayName: Scalars['String']['output'];
  kind: CoFunderKind;
  organisation?: Maybe<Organisation>;
  planned: Money;
  /** As CoFunder.ratePercent. */
  ratePercent?: Maybe<Scalars['String']['output']>;
  rule: CoFundingRule;
  status: CoFundingStatus;
};

/** A public voucher programme: what a deliberation decided to buy, for which territory, until when, and with which money. */
export type Programme = {
  __typename?: 'Programme';
  /**
   * The programme's payment orders (mandats) and receipt orders (titres de recettes) as CSV for a regional finance department's accounting software: one budget year, or all when budgetYear is left out.
   * Format: semicolon-separated, UTF-8 with a byte-order mark, CRLF line ends, a header line, amounts in euros with a decimal comma and no thousands separator (1234,56), dates YYYY-MM-DD; cells that a spreadsheet would run as a formula start with an apostrophe.
   * Lines are sorted by budget year, date, entry (MANDAT before TITRE), then number. Columns:
   * budget_year (the year the line is charged to);
   * entry (MANDAT: a payment order; TITRE: a receipt order);
   * number (the payment order's number; the receipt order's title number, empty until the finance department issued it);
   * date (paid on; issued on);
   * imputation (chapter/function/nature/programme code of the commitment's authorisation, e.g. 935/56/6518/56000017);
   * chapter; function; nature; programme_code; nomenclature (e.g. M71 2020);
   * commitment_reference (the legal commitment the line is charged to);
   * third_party_id (the payee of a MANDAT, the payer of a TITRE: an organisation of the partners service; empty when unknown);
   * third_party_name (as entered; empty when only the id is known);
   * reference (the invoice, the place's statement, the credit note or the decision the line rests on);
   * kind (PASS_ORDER, ENGINEERING or OTHER for a MANDAT, the commitment's kind; CREDIT_NOTE or RECOVERY for a TITRE);
   * reason (why money came back, for a TITRE);
   * feder_eligible (1 or 0);
   * amount_eur (always positive: a TITRE is money received, never a negative MANDAT).
   * Null with a FORBIDDEN error for callers who may not see this programme's funding figures. Errors: BAD_USER_INPUT (field budgetYear).
   */
  accountingExport?: Maybe<Scalars['String']['output']>;
  /** Commitment authorisations (AE/AP) voted for the programme. */
  authorisations: Array<CommitmentAuthorisation>;
  /** Total authorised across the programme's authorisations. */
  authorised: Money;
  /** The budget view as of a day (default: today, Paris time): authorised / committed / paid / remaining, budget years planned against actual with a forecast, and what each co-funder owes now with its evidence. Only facts dated on or before `asOf` count. Null with a FORBIDDEN error for callers who may not see this programme's funding figures. */
  budget?: Maybe<ProgrammeBudget>;
  /** The final accounts as they stood when the programme was closed; null while it is open. Null with a FORBIDDEN error for callers who may not see this programme's funding figures. */
  closing?: Maybe<ProgrammeClosing>;
  /** Stable human code, unique across the platform. */
  code: Scalars['String']['output'];
  /** The programme's commitments, oldest first, optionally of one kind. Null with a FORBIDDEN error for callers who may not see this programme's funding figures (only its programme managers, finance officers and funder auditors may). */
  commitments?: Maybe<CommitmentConnection>;
  /** The deliberations that decided the programme, oldest first: the opening, then its amendments and its closing. */
  deliberations: Array<Deliberation>;
  /** Last day of the operation, as in force (see periods for each deliberation's): passes are handed out until then, and no pass is valid after it unless passesValidUntil says otherwise. */
  endsOn: Scalars['Date']['output'];
  /** Who pays what share of the programme: the co-funders, their rules and what they have paid. */
  fundingPlan: FundingPlan;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The organisation that owns and pays for the programme (the buyer). */
  owner?: Maybe<Organisation>;
  /** The last day passes of the programme may be redeemed, when the authority voted a validity extension (amendProgramme); null when it voted none, and endsOn is that day. */
  passesValidUntil?: Maybe<Scalars['Date']['output']>;
  /** The programme's payments, oldest first, optionally only the FEDER-eligible (or ineligible) ones. Null with a FORBIDDEN error for callers who may not see this programme's funding figures. */
  payments?: Maybe<PaymentConnection>;
  /** Where passes of this programme may be handed out and redeemed. */
  perimeter?: Maybe<Territory>;
  /** The programme's dates as each deliberation set them, oldest first. Version 1 is the opening; the last one is in force. A correction is a new version, never an edit. */
  periods: Array<ProgrammePeriod>;
  /** Receipts (titres de recettes: credit notes, recoveries) on the programme's commitments, oldest first. Null with a FORBIDDEN error for callers who may not see this programme's funding figures. */
  receipts?: Maybe<ReceiptConnection>;
  /** Funding's figures compared with the totals the passes service announced through its events. Null with a FORBIDDEN error for callers who may not see this programme's funding figures. */
  reconciliation?: Maybe<PassesReconciliation>;
  settlementModel: SettlementModel;
  startsOn: Scalars['Date']['output'];
  /** OPEN until its final accounts are closed. */
  status: ProgrammeStatus;
};


/** A public voucher programme: what a deliberation decided to buy, for which territory, until when, and with which money. */
export type ProgrammeAccountingExportArgs = {
  budgetYear?: InputMaybe<Scalars['Int']['input']>;
};


/** A public voucher programme: what a deliberation decided to buy, for which territory, until when, and with which money. */
export type ProgrammeBudgetArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A public voucher programme: what a deliberation decided to buy, for which territory, until when, and with which money. */
export type ProgrammeCommitmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<CommitmentKind>;
};


/** A public voucher programme: what a deliberation decided to buy, for which territory, until when, and with which money. */
export type ProgrammePaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  federEligible?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A public voucher programme: what a deliberation decided to buy, for which territory, until when, and with which money. */
export type ProgrammeReceiptsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A programme's money as of a day. */
export type ProgrammeBudget = {
  __typename?: 'ProgrammeBudget';
  asOf: Scalars['Date']['output'];
  authorised: Money;
  /** What each co-funder owes now, in the plan's order. */
  claims: Array<CoFunderClaim>;
  /** Committed, net of reductions. */
  committed: Money;
  forecast: PaymentForecast;
  /** Paid, net of receipts: payments − receipts. */
  paid: Money;
  /** Passes used (redeemed, net of redemptions cancelled or recovered after payment), as the passes service's events reported them. */
  passesUsed: Scalars['Int']['output'];
  /** Payment orders (mandats), up to the as-of day. */
  payments: Money;
  /** Receipts (titres de recettes), up to the as-of day. */
  receipts: Money;
  /** Released for good when the programme closed (on or before the as-of day). */
  released: Money;
  /** What may still be committed: authorised − committed − released. */
  remaining: Money;
  settlementModel: SettlementModel;
  status: ProgrammeStatus;
  /** Committed but not yet paid: committed − paid. */
  toPay: Money;
  /** Every budget year from the first (scheduled or paid) to the last scheduled, in order. */
  years: Array<BudgetYear>;
};

/** A programme's final accounts, as they stood when it was closed. authorised = committed + released; payments − receipts = committed. */
export type ProgrammeClosing = {
  __typename?: 'ProgrammeClosing';
  authorised: Money;
  closedOn: Scalars['Date']['output'];
  /** Committed, net of reductions. */
  committed: Money;
  /** The deliberation that closed it, when the closing was voted. */
  deliberation?: Maybe<Deliberation>;
  /** Payment orders (mandats), in all. */
  payments: Money;
  /** Receipts (titres de recettes), in all. */
  receipts: Money;
  recordedAt: Scalars['DateTime']['output'];
  /** The act that closed the accounts (e.g. the closing decree's or the deliberation's reference). */
  reference: Scalars['String']['output'];
  /** What was left uncommitted and is released for good. */
  released: Money;
};

/** A programme's dates as one deliberation set them. */
export type ProgrammePeriod = {
  __typename?: 'ProgrammePeriod';
  deliberation: Deliberation;
  endsOn: Scalars['Date']['output'];
  /** The last day passes may be redeemed, when this deliberation voted a validity extension; null otherwise. */
  passesValidUntil?: Maybe<Scalars['Date']['output']>;
  recordedAt: Scalars['DateTime']['output'];
  startsOn: Scalars['Date']['output'];
  /** 1 for the opening, one more with each amendment that changed a date. */
  version: Scalars['Int']['output'];
};

/** Whether a programme still runs. */
export type ProgrammeStatus =
  /** Its final accounts are closed (closeProgramme): nothing more can be committed or paid; receipts may still come in. */
  | 'CLOSED'
  /** Commitments and payments may be recorded. */
  | 'OPEN';

export type Query = {
  __typename?: 'Query';
  /** One commitment by id; null when there is none, or when it belongs to a programme in which the caller is none of programme manager, finance officer or funder auditor. Those roles only. */
  commitment?: Maybe<Commitment>;
  /** The funding service's audit trail: every mutation it received in the caller's programmes, newest first. Programme staff only. */
  fundingAuditTrail: AuditEntryConnection;
  /** Funding's figures for a programme compared with the passes service's totals; null when there is no such programme, or when the caller is none of programme manager, finance officer or funder auditor in it. Those roles only. */
  passesReconciliation?: Maybe<PassesReconciliation>;
  /** One programme by id; null when there is none. */
  programme?: Maybe<Programme>;
  /** One programme by its code; null when there is none. */
  programmeByCode?: Maybe<Programme>;
  /** Programmes, by code. */
  programmes: Array<Programme>;
};


export type QueryCommitmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFundingAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPassesReconciliationArgs = {
  programmeId: Scalars['ID']['input'];
};


export type QueryProgrammeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProgrammeByCodeArgs = {
  code: Scalars['String']['input'];
};

/** A receipt (titre de recettes): money given back on a commitment. Receipts are never negative payments: each is a line of its own, charged to its own budget year, and lowers what the commitment and the programme have paid net. */
export type Receipt = {
  __typename?: 'Receipt';
  amount: Money;
  budgetYear: Scalars['Int']['output'];
  commitment: Commitment;
  /** For a correction after payment: the payment found wrong. */
  correctedPayment?: Maybe<Payment>;
  /** Whether it lowers the FEDER-eligible expenses. */
  federEligible: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  issuedOn: Scalars['Date']['output'];
  kind: ReceiptKind;
  /** For a credit note: the passes it covers. */
  passCount?: Maybe<Scalars['Int']['output']>;
  /** Who gives the money back (the operator for a credit note, the place for a recovery), when known. */
  payer?: Maybe<Organisation>;
  payerName?: Maybe<Scalars['String']['output']>;
  /** Why the money came back; always given for a RECOVERY. */
  reason?: Maybe<Scalars['String']['output']>;
  /** For a recovery a place's statement took back by set-off (passes.statement.paid.v2): the passes service's RedemptionRecovery id. Null for a receipt entered by hand or a credit note. */
  recoveryId?: Maybe<Scalars['ID']['output']>;
  /** The reduction of the commitment recorded with it, when it released what it covers. */
  reduction?: Maybe<CommitmentReduction>;
  /** The credit note's, statement's or decision's reference. */
  reference: Scalars['String']['output'];
  source: RecordSource;
  /** The receipt order's number, once the finance department issued it; null before (a credit note received by event has none yet). */
  titleNumber?: Maybe<Scalars['String']['output']>;
};

/** A page of receipts, oldest first. */
export type ReceiptConnection = {
  __typename?: 'ReceiptConnection';
  edges: Array<ReceiptEdge>;
  pageInfo: PageInfo;
  /** Receipts across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One receipt of a page. */
export type ReceiptEdge = {
  __typename?: 'ReceiptEdge';
  cursor: Scalars['String']['output'];
  node: Receipt;
};

/** What a receipt is. */
export type ReceiptKind =
  /** The operator gave back the face value of unused passes. */
  | 'CREDIT_NOTE'
  /** Money paid wrongly was recovered from its payee (e.g. a redemption found invalid after its statement was paid), with the reason. */
  | 'RECOVERY';

/** One topic of a reconciliation. */
export type ReconciliationLine = {
  __typename?: 'ReconciliationLine';
  /** funding − expected: zero when the topic reconciles. */
  difference: Money;
  /** Events of the passes service behind the line. */
  eventCount: Scalars['Int']['output'];
  /** What funding should hold for it under the programme's settlement model. */
  expected: Money;
  /** What funding holds. */
  funding: Money;
  /** Total as the passes service announced it. */
  passes: Money;
  topic: ReconciliationTopic;
};

/** A topic on which funding and the passes service must agree. */
export type ReconciliationTopic =
  /** Payments at activation against the orders activated (prepaid operator: face value + fee; direct: the fee). */
  | 'ACTIVATIONS_PAID'
  /** Receipts against the credit notes issued (prepaid operator: their whole amount, given back; direct: zero, nothing was paid for unused passes). */
  | 'CREDIT_NOTES_RECEIVED'
  /** Commitment reductions against the credit notes issued. */
  | 'CREDIT_NOTES_REDUCED'
  /** Pass-order commitments against the orders placed (face value + fee). */
  | 'ORDERS_COMMITTED'
  /** Payments of places' statements against the statements paid, at their gross (the face value of the month's passes, before what they took back) — direct model; zero under prepaid operator, where the operator pays places. */
  | 'STATEMENTS_PAID'
  /** RECOVERY receipts against the recoveries that paid statements took back by set-off (redemptions found invalid after their own statement was paid) — direct model: their whole amount; prepaid operator: zero, the operator pays places and the money comes back through the credit note when the pass expires. */
  | 'STATEMENTS_RECOVERED';

export type RecordCoFunderReceiptInput = {
  /** Decimal string with at most two decimals. */
  amount: Scalars['String']['input'];
  coFunderId: Scalars['ID']['input'];
  receivedOn: Scalars['Date']['input'];
  reference: Scalars['String']['input'];
};

export type RecordCommitmentInput = {
  /** Decimal string. Required except for PASS_ORDER, where it is faceValue + fee (and refused when it differs). */
  amount?: InputMaybe<Scalars['String']['input']>;
  authorisationId: Scalars['ID']['input'];
  /** Defaults to the year of committedOn (the year before is accepted in January: journée complémentaire). */
  budgetYear?: InputMaybe<Scalars['Int']['input']>;
  committedOn: Scalars['Date']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  /** PASS_ORDER only, required: the passes' face value, decimal string. */
  faceValue?: InputMaybe<Scalars['String']['input']>;
  /** PASS_ORDER only, required: the operator's fee, decimal string (0 when none). */
  fee?: InputMaybe<Scalars['String']['input']>;
  kind: CommitmentKind;
  /** PASS_ORDER only: how many passes. */
  passCount?: InputMaybe<Scalars['Int']['input']>;
  reference: Scalars['String']['input'];
};

export type RecordCommitmentReductionInput = {
  /** By how much the commitment goes down; decimal string. */
  amount: Scalars['String']['input'];
  /** Defaults to the year of reducedOn (the year before is accepted in January). */
  budgetYear?: InputMaybe<Scalars['Int']['input']>;
  commitmentId: Scalars['ID']['input'];
  /** Whether a receipt recorded with it lowers the FEDER-eligible expenses; default: when the commitment's payments were eligible. */
  federEligible?: InputMaybe<Scalars['Boolean']['input']>;
  reducedOn: Scalars['Date']['input'];
  /** The credit note's or the amendment's reference. */
  reference: Scalars['String']['input'];
};

export type RecordFinalReportInput = {
  coFunderId: Scalars['ID']['input'];
  filedOn: Scalars['Date']['input'];
  /** The report's reference, at most 200 characters. */
  reference: Scalars['String']['input'];
};

export type RecordPaymentInput = {
  /** Decimal string with at most two decimals. */
  amount: Scalars['String']['input'];
  /** Defaults to the year of paidOn (the year before is accepted in January). */
  budgetYear?: InputMaybe<Scalars['Int']['input']>;
  commitmentId: Scalars['ID']['input'];
  federEligible: Scalars['Boolean']['input'];
  invoiceReference?: InputMaybe<Scalars['String']['input']>;
  paidOn: Scalars['Date']['input'];
  /** The payee's name, at most 300 characters. */
  payeeName?: InputMaybe<Scalars['String']['input']>;
  /** Who is paid: an organisation of the partners service. */
  payeeOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  paymentOrderNumber: Scalars['String']['input'];
};

export type RecordReceiptInput = {
  /** Decimal string with at most two decimals; at most what the commitment has paid net. */
  amount: Scalars['String']['input'];
  /** Defaults to the year of issuedOn (the year before is accepted in January). */
  budgetYear?: InputMaybe<Scalars['Int']['input']>;
  commitmentId: Scalars['ID']['input'];
  /** For a correction after payment: the payment found wrong, a payment of the same commitment. */
  correctsPaymentId?: InputMaybe<Scalars['ID']['input']>;
  /** Whether it lowers the FEDER-eligible expenses; default: when the commitment's payments were eligible. */
  federEligible?: InputMaybe<Scalars['Boolean']['input']>;
  issuedOn: Scalars['Date']['input'];
  kind: ReceiptKind;
  passCount?: InputMaybe<Scalars['Int']['input']>;
  payerName?: InputMaybe<Scalars['String']['input']>;
  /** Who gives the money back: an organisation of the partners service. */
  payerOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Why the money came back; required for a RECOVERY. At most 2,000 characters. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The credit note's, statement's or decision's reference. */
  reference: Scalars['String']['input'];
  /** Whether the commitment goes down by the same amount (a credit note cancels that part of the order); default false (a recovery of money paid wrongly leaves the commitment whole). */
  releasesCommitment?: InputMaybe<Scalars['Boolean']['input']>;
  /** The receipt order's number, when the finance department issued it; at most 64 characters. */
  titleNumber?: InputMaybe<Scalars['String']['input']>;
};

/** Where a record came from. */
export type RecordSource =
  /** Entered by hand. */
  | 'MANUAL'
  /** Made from an event of the passes service. */
  | 'PASSES_EVENT';

/** How a rule's product is brought to the cent. The rule is applied once to the whole base as of the day, never payment by payment, so roundings do not add up. */
export type RoundingRule =
  /** Drop the fraction of a cent: the co-funder never pays a fraction of a cent more than its rate gives. */
  | 'DOWN'
  /** Round half a cent up (and less than half down). */
  | 'HALF_UP';

/** What may be paid in one budget year under an authorisation (crédits de paiement). */
export type ScheduleLine = {
  __typename?: 'ScheduleLine';
  amount: Money;
  budgetYear: Scalars['Int']['output'];
};

export type ScheduleLineInput = {
  /** Amount as a decimal string with at most two decimals: 244450.00. */
  amount: Scalars['String']['input'];
  budgetYear: Scalars['Int']['input'];
};

export type SetFundingPlanInput = {
  /** The whole plan. A co-funder is matched by organisation: it keeps its receipts; one left out is removed (refused if it has paid anything). */
  coFunders: Array<CoFunderInput>;
  programmeId: Scalars['ID']['input'];
};

/** How places get their money: the programme prepays an operator that reimburses places (APTIC-style), or the programme owner pays places' monthly statements itself. */
export type SettlementModel =
  | 'DIRECT'
  | 'PREPAID_OPERATOR';

export type SubmitClaimInput = {
  /** Decimal string; at most what the rule allows as of asOf, less what was received and claimed before. */
  amount: Scalars['String']['input'];
  /** The day the evidence is drawn up to. */
  asOf: Scalars['Date']['input'];
  coFunderId: Scalars['ID']['input'];
  /** The claim's reference, at most 200 characters. */
  reference: Scalars['String']['input'];
  /** The day the claim is sent; on or after asOf. */
  submittedOn: Scalars['Date']['input'];
};

/** A request for funds sent to a co-funder (appel de fonds), with what the rule allowed when it was sent. */
export type SubmittedClaim = {
  __typename?: 'SubmittedClaim';
  amount: Money;
  /** The day the evidence was drawn up to: budget(asOf) on that day gives the claim and its statement of expenditure. */
  asOf: Scalars['Date']['output'];
  /** What the rule entitled the programme to as of asOf, when the claim was sent. */
  entitlement: Money;
  id: Scalars['ID']['output'];
  reference: Scalars['String']['output'];
  submittedOn: Scalars['Date']['output'];
};

/** A territory, owned by the territory service; here only its key. */
export type Territory = {
  __typename?: 'Territory';
  code: Scalars['String']['output'];
  level: TerritoryLevel;
};

/** Administrative level of a territory. Codes overlap across levels (région 32 ≠ département 32), so a territory is always named by level and code together. */
export type TerritoryLevel =
  | 'COMMUNE'
  | 'DEPARTEMENT'
  | 'EPCI'
  | 'REGION'
  | 'ZONE';

/** A territory named by level and code. */
export type TerritoryRefInput = {
  code: Scalars['String']['input'];
  level: TerritoryLevel;
};

/** Passes used in one month. */
export type UsedPassesMonth = {
  __typename?: 'UsedPassesMonth';
  /** Redemptions cancelled in the month, or recovered after their statement was paid (the pass counts as unused again from that day). */
  cancelled: Scalars['Int']['output'];
  /** Face value of the passes used, net of cancellations. */
  faceValue: Money;
  /** YYYY-MM. */
  month: Scalars['String']['output'];
  redeemed: Scalars['Int']['output'];
  /** redeemed − cancelled. */
  used: Scalars['Int']['output'];
};

/** How the members voted, and who was there. */
export type Vote = {
  __typename?: 'Vote';
  absent: Scalars['Int']['output'];
  abstention: Scalars['Int']['output'];
  against: Scalars['Int']['output'];
  for: Scalars['Int']['output'];
  notVoting: Scalars['Int']['output'];
  /** Members present in the room. */
  present: Scalars['Int']['output'];
  /** Votes cast by proxy. */
  proxies: Scalars['Int']['output'];
};

export type VoteInput = {
  absent: Scalars['Int']['input'];
  abstention: Scalars['Int']['input'];
  against: Scalars['Int']['input'];
  for: Scalars['Int']['input'];
  notVoting: Scalars['Int']['input'];
  present: Scalars['Int']['input'];
  proxies: Scalars['Int']['input'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Programme: Programme;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Programme:
    ( { __typename: 'Programme' }
    & GraphQLRecursivePick<FederationTypes['Programme'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AmendProgrammeInput: AmendProgrammeInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AuditEntryConnection: ResolverTypeWrapper<AuditEntryConnection>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AuditEntryEdge: ResolverTypeWrapper<AuditEntryEdge>;
  AuthorisationAmendmentInput: AuthorisationAmendmentInput;
  AuthorisationInput: AuthorisationInput;
  AuthorisationKind: AuthorisationKind;
  AuthorisationVersion: ResolverTypeWrapper<AuthorisationVersionEntityModel>;
  BudgetImputation: ResolverTypeWrapper<BudgetImputation>;
  BudgetImputationInput: BudgetImputationInput;
  BudgetYear: ResolverTypeWrapper<BudgetYearLineModel>;
  BudgetYearStatus: BudgetYearStatus;
  ChangeSettlementModelInput: ChangeSettlementModelInput;
  ClaimEvidence: ResolverTypeWrapper<ClaimViewModel>;
  CloseProgrammeInput: CloseProgrammeInput;
  CoFunder: ResolverTypeWrapper<CoFunderEntityModel>;
  CoFunderClaim: ResolverTypeWrapper<ClaimViewModel>;
  CoFunderInput: CoFunderInput;
  CoFunderKind: CoFunderKind;
  CoFunderReceipt: ResolverTypeWrapper<CoFunderReceiptEntityModel>;
  CoFunderShare: ResolverTypeWrapper<CoFunderShare>;
  CoFunderShareInput: CoFunderShareInput;
  CoFundingRule: CoFundingRule;
  CoFundingStatus: CoFundingStatus;
  Commitment: ResolverTypeWrapper<CommitmentEntityModel>;
  CommitmentAuthorisation: ResolverTypeWrapper<CommitmentAuthorisationEntityModel>;
  CommitmentConnection: ResolverTypeWrapper<Omit<CommitmentConnection, 'edges'> & { edges: Array<ResolversTypes['CommitmentEdge']> }>;
  CommitmentEdge: ResolverTypeWrapper<Omit<CommitmentEdge, 'node'> & { node: ResolversTypes['Commitment'] }>;
  CommitmentKind: CommitmentKind;
  CommitmentReduction: ResolverTypeWrapper<CommitmentReductionEntityModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecisionBody: DecisionBody;
  DecisionOutcome: DecisionOutcome;
  Deliberation: ResolverTypeWrapper<DeliberationEntityModel>;
  DeliberationInput: DeliberationInput;
  DeliberationKind: DeliberationKind;
  FinalReport: ResolverTypeWrapper<FinalReport>;
  FundingPlan: ResolverTypeWrapper<FundingPlanSourceModel>;
  FundingPlanVersion: ResolverTypeWrapper<FundingPlanVersionEntityModel>;
  GrantClaim: ResolverTypeWrapper<GrantFiguresModel>;
  GrantConvention: ResolverTypeWrapper<GrantConvention>;
  GrantConventionInput: GrantConventionInput;
  GrantStage: GrantStage;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenProgrammeInput: OpenProgrammeInput;
  Organisation: ResolverTypeWrapper<Organisation>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PassesFact: ResolverTypeWrapper<PassesFactEntityModel>;
  PassesFactStatus: PassesFactStatus;
  PassesReconciliation: ResolverTypeWrapper<ReconciliationModel>;
  Payment: ResolverTypeWrapper<PaymentEntityModel>;
  PaymentConnection: ResolverTypeWrapper<Omit<PaymentConnection, 'edges'> & { edges: Array<ResolversTypes['PaymentEdge']> }>;
  PaymentEdge: ResolverTypeWrapper<Omit<PaymentEdge, 'node'> & { node: ResolversTypes['Payment'] }>;
  PaymentForecast: ResolverTypeWrapper<BudgetForecastModel>;
  PlannedShare: ResolverTypeWrapper<PlannedShareRecordModel>;
  Programme: ResolverTypeWrapper<ProgrammeEntityModel>;
  ProgrammeBudget: ResolverTypeWrapper<ProgrammeBudgetViewModel>;
  ProgrammeClosing: ResolverTypeWrapper<ProgrammeClosingEntityModel>;
  ProgrammePeriod: ResolverTypeWrapper<ProgrammePeriodEntityModel>;
  ProgrammeStatus: ProgrammeStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Receipt: ResolverTypeWrapper<ReceiptEntityModel>;
  ReceiptConnection: ResolverTypeWrapper<Omit<ReceiptConnection, 'edges'> & { edges: Array<ResolversTypes['ReceiptEdge']> }>;
  ReceiptEdge: ResolverTypeWrapper<Omit<ReceiptEdge, 'node'> & { node: ResolversTypes['Receipt'] }>;
  ReceiptKind: ReceiptKind;
  ReconciliationLine: ResolverTypeWrapper<ReconciliationLineModel>;
  ReconciliationTopic: ReconciliationTopic;
  RecordCoFunderReceiptInput: RecordCoFunderReceiptInput;
  RecordCommitmentInput: RecordCommitmentInput;
  RecordCommitmentReductionInput: RecordCommitmentReductionInput;
  RecordFinalReportInput: RecordFinalReportInput;
  RecordPaymentInput: RecordPaymentInput;
  RecordReceiptInput: RecordReceiptInput;
  RecordSource: RecordSource;
  RoundingRule: RoundingRule;
  SafeInt: ResolverTypeWrapper<Scalars['SafeInt']['output']>;
  ScheduleLine: ResolverTypeWrapper<ScheduleRecordModel>;
  ScheduleLineInput: ScheduleLineInput;
  SetFundingPlanInput: SetFundingPlanInput;
  SettlementModel: SettlementModel;
  SubmitClaimInput: SubmitClaimInput;
  SubmittedClaim: ResolverTypeWrapper<CoFunderClaimEntityModel>;
  Territory: ResolverTypeWrapper<Territory>;
  TerritoryLevel: TerritoryLevel;
  TerritoryRefInput: TerritoryRefInput;
  UsedPassesMonth: ResolverTypeWrapper<UsedPassesMonthModel>;
  Vote: ResolverTypeWrapper<Vote>;
  VoteInput: VoteInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AmendProgrammeInput: AmendProgrammeInput;
  ID: Scalars['ID']['output'];
  AuditEntry: AuditEntry;
  String: Scalars['String']['output'];
  AuditEntryConnection: AuditEntryConnection;
  Int: Scalars['Int']['output'];
  AuditEntryEdge: AuditEntryEdge;
  AuthorisationAmendmentInput: AuthorisationAmendmentInput;
  AuthorisationInput: AuthorisationInput;
  AuthorisationVersion: AuthorisationVersionEntityModel;
  BudgetImputation: BudgetImputation;
  BudgetImputationInput: BudgetImputationInput;
  BudgetYear: BudgetYearLineModel;
  ChangeSettlementModelInput: ChangeSettlementModelInput;
  ClaimEvidence: ClaimViewModel;
  CloseProgrammeInput: CloseProgrammeInput;
  CoFunder: CoFunderEntityModel;
  CoFunderClaim: ClaimViewModel;
  CoFunderInput: CoFunderInput;
  CoFunderReceipt: CoFunderReceiptEntityModel;
  CoFunderShare: CoFunderShare;
  CoFunderShareInput: CoFunderShareInput;
  Commitment: CommitmentEntityModel;
  CommitmentAuthorisation: CommitmentAuthorisationEntityModel;
  CommitmentConnection: Omit<CommitmentConnection, 'edges'> & { edges: Array<ResolversParentTypes['CommitmentEdge']> };
  CommitmentEdge: Omit<CommitmentEdge, 'node'> & { node: ResolversParentTypes['Commitment'] };
  CommitmentReduction: CommitmentReductionEntityModel;
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Deliberation: DeliberationEntityModel;
  DeliberationInput: DeliberationInput;
  FinalReport: FinalReport;
  FundingPlan: FundingPlanSourceModel;
  FundingPlanVersion: FundingPlanVersionEntityModel;
  GrantClaim: GrantFiguresModel;
  GrantConvention: GrantConvention;
  GrantConventionInput: GrantConventionInput;
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  OpenProgrammeInput: OpenProgrammeInput;
  Organisation: Organisation;
  PageInfo: PageInfo;
  PassesFact: PassesFactEntityModel;
  PassesReconciliation: ReconciliationModel;
  Payment: PaymentEntityModel;
  PaymentConnection: Omit<PaymentConnection, 'edges'> & { edges: Array<ResolversParentTypes['PaymentEdge']> };
  PaymentEdge: Omit<PaymentEdge, 'node'> & { node: ResolversParentTypes['Payment'] };
  PaymentForecast: BudgetForecastModel;
  PlannedShare: PlannedShareRecordModel;
  Programme: ProgrammeEntityModel;
  ProgrammeBudget: ProgrammeBudgetViewModel;
  ProgrammeClosing: ProgrammeClosingEntityModel;
  ProgrammePeriod: ProgrammePeriodEntityModel;
  Query: Record<PropertyKey, never>;
  Receipt: ReceiptEntityModel;
  ReceiptConnection: Omit<ReceiptConnection, 'edges'> & { edges: Array<ResolversParentTypes['ReceiptEdge']> };
  ReceiptEdge: Omit<ReceiptEdge, 'node'> & { node: ResolversParentTypes['Receipt'] };
  ReconciliationLine: ReconciliationLineModel;
  RecordCoFunderReceiptInput: RecordCoFunderReceiptInput;
  RecordCommitmentInput: RecordCommitmentInput;
  RecordCommitmentReductionInput: RecordCommitmentReductionInput;
  RecordFinalReportInput: RecordFinalReportInput;
  RecordPaymentInput: RecordPaymentInput;
  RecordReceiptInput: RecordReceiptInput;
  SafeInt: Scalars['SafeInt']['output'];
  ScheduleLine: ScheduleRecordModel;
  ScheduleLineInput: ScheduleLineInput;
  SetFundingPlanInput: SetFundingPlanInput;
  SubmitClaimInput: SubmitClaimInput;
  SubmittedClaim: CoFunderClaimEntityModel;
  Territory: Territory;
  TerritoryRefInput: TerritoryRefInput;
  UsedPassesMonth: UsedPassesMonthModel;
  Vote: Vote;
  VoteInput: VoteInput;
};

export type AuditEntryResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  programmeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  service?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type AuthorisationVersionResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['AuthorisationVersion'] = ResolversParentTypes['AuthorisationVersion']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  deliberation?: Resolver<ResolversTypes['Deliberation'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  schedule?: Resolver<Array<ResolversTypes['ScheduleLine']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BudgetImputationResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['BudgetImputation'] = ResolversParentTypes['BudgetImputation']> = {
  chapter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  function?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nature?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nomenclature?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nomenclatureVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  programmeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BudgetYearResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['BudgetYear'] = ResolversParentTypes['BudgetYear']> = {
  actual?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  budgetYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  forecast?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  payments?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  planned?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  receipts?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BudgetYearStatus'], ParentType, ContextType>;
};

export type ClaimEvidenceResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['ClaimEvidence'] = ResolversParentTypes['ClaimEvidence']> = {
  passesUsed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  payments?: Resolver<ResolversTypes['PaymentConnection'], ParentType, ContextType, RequireFields<ClaimEvidencePaymentsArgs, 'first'>>;
  receipts?: Resolver<Array<ResolversTypes['Receipt']>, ParentType, ContextType>;
  usedFaceValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  usedFee?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  usedPassesByMonth?: Resolver<Array<ResolversTypes['UsedPassesMonth']>, ParentType, ContextType>;
};

export type CoFunderResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['CoFunder'] = ResolversParentTypes['CoFunder']> = {
  agreementReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  assumption?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  convention?: Resolver<Maybe<ResolversTypes['GrantConvention']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  finalReport?: Resolver<Maybe<ResolversTypes['FinalReport']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CoFunderKind'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  planned?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  rateBasisPoints?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ratePercent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receipts?: Resolver<Maybe<Array<ResolversTypes['CoFunderReceipt']>>, ParentType, ContextType>;
  received?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  rounding?: Resolver<ResolversTypes['RoundingRule'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['CoFundingRule'], ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['CoFunderShare']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CoFundingStatus'], ParentType, ContextType>;
  submittedClaims?: Resolver<Maybe<Array<ResolversTypes['SubmittedClaim']>>, ParentType, ContextType>;
};

export type CoFunderClaimResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['CoFunderClaim'] = ResolversParentTypes['CoFunderClaim']> = {
  base?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  claimableNow?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  claimed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  coFunder?: Resolver<ResolversTypes['CoFunder'], ParentType, ContextType>;
  csv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entitlement?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['ClaimEvidence'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grant?: Resolver<Maybe<ResolversTypes['GrantClaim']>, ParentType, ContextType>;
  owed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  statementPdfBase64?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toRepay?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type CoFunderReceiptResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['CoFunderReceipt'] = ResolversParentTypes['CoFunderReceipt']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  receivedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CoFunderShareResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['CoFunderShare'] = ResolversParentTypes['CoFunderShare']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  of?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type CommitmentResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['Commitment'] = ResolversParentTypes['Commitment']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  authorisation?: Resolver<ResolversTypes['CommitmentAuthorisation'], ParentType, ContextType>;
  budgetYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  committedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  faceValue?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  fee?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CommitmentKind'], ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  orderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  passCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  paymentTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  payments?: Resolver<ResolversTypes['PaymentConnection'], ParentType, ContextType, RequireFields<CommitmentPaymentsArgs, 'first'>>;
  receiptTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  receipts?: Resolver<Array<ResolversTypes['Receipt']>, ParentType, ContextType>;
  reduced?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  reductions?: Resolver<Array<ResolversTypes['CommitmentReduction']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['RecordSource'], ParentType, ContextType>;
  toPay?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type CommitmentAuthorisationResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['CommitmentAuthorisation'] = ResolversParentTypes['CommitmentAuthorisation']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  budgetYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deliberation?: Resolver<ResolversTypes['Deliberation'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imputation?: Resolver<ResolversTypes['BudgetImputation'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AuthorisationKind'], ParentType, ContextType>;
  released?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  schedule?: Resolver<Array<ResolversTypes['ScheduleLine']>, ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['AuthorisationVersion']>, ParentType, ContextType>;
};

export type CommitmentConnectionResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['CommitmentConnection'] = ResolversParentTypes['CommitmentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CommitmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommitmentEdgeResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['CommitmentEdge'] = ResolversParentTypes['CommitmentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Commitment'], ParentType, ContextType>;
};

export type CommitmentReductionResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['CommitmentReduction'] = ResolversParentTypes['CommitmentReduction']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  budgetYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  federEligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  passCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  receipt?: Resolver<Maybe<ResolversTypes['Receipt']>, ParentType, ContextType>;
  reducedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refunded?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['RecordSource'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeliberationResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['Deliberation'] = ResolversParentTypes['Deliberation']> = {
  assumption?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['DecisionBody'], ParentType, ContextType>;
  chair?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cites?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  decidedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  decisions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DeliberationKind'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['DecisionOutcome'], ParentType, ContextType>;
  place?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  theme?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  vote?: Resolver<Maybe<ResolversTypes['Vote']>, ParentType, ContextType>;
};

export type FinalReportResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['FinalReport'] = ResolversParentTypes['FinalReport']> = {
  filedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FundingPlanResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['FundingPlan'] = ResolversParentTypes['FundingPlan']> = {
  authorised?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  balanced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  coFunders?: Resolver<Array<ResolversTypes['CoFunder']>, ParentType, ContextType>;
  planned?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['FundingPlanVersion']>, ParentType, ContextType>;
};

export type FundingPlanVersionResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['FundingPlanVersion'] = ResolversParentTypes['FundingPlanVersion']> = {
  deliberation?: Resolver<Maybe<ResolversTypes['Deliberation']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  shares?: Resolver<Array<ResolversTypes['PlannedShare']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GrantClaimResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['GrantClaim'] = ResolversParentTypes['GrantClaim']> = {
  advance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  base?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  ceiling?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  earned?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  finalReportOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  grant?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  signedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  spent?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['GrantStage'], ParentType, ContextType>;
};

export type GrantConventionResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['GrantConvention'] = ResolversParentTypes['GrantConvention']> = {
  advanceRateBasisPoints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  base?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  instalmentCeilingBasisPoints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  signedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cents?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  formatted?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  amendProgramme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType, RequireFields<MutationAmendProgrammeArgs, 'input'>>;
  changeSettlementModel?: Resolver<ResolversTypes['Programme'], ParentType, ContextType, RequireFields<MutationChangeSettlementModelArgs, 'input'>>;
  closeProgramme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType, RequireFields<MutationCloseProgrammeArgs, 'input'>>;
  openProgramme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType, RequireFields<MutationOpenProgrammeArgs, 'input'>>;
  recordCoFunderReceipt?: Resolver<ResolversTypes['CoFunder'], ParentType, ContextType, RequireFields<MutationRecordCoFunderReceiptArgs, 'input'>>;
  recordCommitment?: Resolver<ResolversTypes['Commitment'], ParentType, ContextType, RequireFields<MutationRecordCommitmentArgs, 'input'>>;
  recordCommitmentReduction?: Resolver<ResolversTypes['CommitmentReduction'], ParentType, ContextType, RequireFields<MutationRecordCommitmentReductionArgs, 'input'>>;
  recordFinalReport?: Resolver<ResolversTypes['CoFunder'], ParentType, ContextType, RequireFields<MutationRecordFinalReportArgs, 'input'>>;
  recordPayment?: Resolver<ResolversTypes['Payment'], ParentType, ContextType, RequireFields<MutationRecordPaymentArgs, 'input'>>;
  recordReceipt?: Resolver<ResolversTypes['Receipt'], ParentType, ContextType, RequireFields<MutationRecordReceiptArgs, 'input'>>;
  setFundingPlan?: Resolver<ResolversTypes['FundingPlan'], ParentType, ContextType, RequireFields<MutationSetFundingPlanArgs, 'input'>>;
  submitClaim?: Resolver<ResolversTypes['SubmittedClaim'], ParentType, ContextType, RequireFields<MutationSubmitClaimArgs, 'input'>>;
};

export type OrganisationResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PassesFactResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['PassesFact'] = ResolversParentTypes['PassesFact']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  orderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  passCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reasonCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PassesFactStatus'], ParentType, ContextType>;
};

export type PassesReconciliationResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['PassesReconciliation'] = ResolversParentTypes['PassesReconciliation']> = {
  lines?: Resolver<Array<ResolversTypes['ReconciliationLine']>, ParentType, ContextType>;
  passesUsed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pendingRecoveryCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pendingStatementCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  reconciled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  settlementModel?: Resolver<ResolversTypes['SettlementModel'], ParentType, ContextType>;
  unsettledCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unsettledFacts?: Resolver<Array<ResolversTypes['PassesFact']>, ParentType, ContextType>;
};

export type PaymentResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  budgetYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  commitment?: Resolver<ResolversTypes['Commitment'], ParentType, ContextType>;
  federEligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoiceReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paidOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  payee?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  payeeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paymentOrderNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['RecordSource'], ParentType, ContextType>;
};

export type PaymentConnectionResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['PaymentConnection'] = ResolversParentTypes['PaymentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PaymentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PaymentEdgeResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['PaymentEdge'] = ResolversParentTypes['PaymentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
};

export type PaymentForecastResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['PaymentForecast'] = ResolversParentTypes['PaymentForecast']> = {
  dailyPace?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  daysElapsed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastScheduledYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  unpaidAtScheduleEnd?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type PlannedShareResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['PlannedShare'] = ResolversParentTypes['PlannedShare']> = {
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CoFunderKind'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  planned?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  ratePercent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['CoFundingRule'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CoFundingStatus'], ParentType, ContextType>;
};

export type ProgrammeResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['Programme'] = ResolversParentTypes['Programme'], FederationReferenceType extends FederationReferenceTypes['Programme'] = FederationReferenceTypes['Programme']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Programme']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accountingExport?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<ProgrammeAccountingExportArgs>>;
  authorisations?: Resolver<Array<ResolversTypes['CommitmentAuthorisation']>, ParentType, ContextType>;
  authorised?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  budget?: Resolver<Maybe<ResolversTypes['ProgrammeBudget']>, ParentType, ContextType, Partial<ProgrammeBudgetArgs>>;
  closing?: Resolver<Maybe<ResolversTypes['ProgrammeClosing']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  commitments?: Resolver<Maybe<ResolversTypes['CommitmentConnection']>, ParentType, ContextType, RequireFields<ProgrammeCommitmentsArgs, 'first'>>;
  deliberations?: Resolver<Array<ResolversTypes['Deliberation']>, ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fundingPlan?: Resolver<ResolversTypes['FundingPlan'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  passesValidUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  payments?: Resolver<Maybe<ResolversTypes['PaymentConnection']>, ParentType, ContextType, RequireFields<ProgrammePaymentsArgs, 'first'>>;
  perimeter?: Resolver<Maybe<ResolversTypes['Territory']>, ParentType, ContextType>;
  periods?: Resolver<Array<ResolversTypes['ProgrammePeriod']>, ParentType, ContextType>;
  receipts?: Resolver<Maybe<ResolversTypes['ReceiptConnection']>, ParentType, ContextType, RequireFields<ProgrammeReceiptsArgs, 'first'>>;
  reconciliation?: Resolver<Maybe<ResolversTypes['PassesReconciliation']>, ParentType, ContextType>;
  settlementModel?: Resolver<ResolversTypes['SettlementModel'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProgrammeStatus'], ParentType, ContextType>;
};

export type ProgrammeBudgetResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['ProgrammeBudget'] = ResolversParentTypes['ProgrammeBudget']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  authorised?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['CoFunderClaim']>, ParentType, ContextType>;
  committed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  forecast?: Resolver<ResolversTypes['PaymentForecast'], ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  passesUsed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  payments?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  receipts?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  released?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  settlementModel?: Resolver<ResolversTypes['SettlementModel'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProgrammeStatus'], ParentType, ContextType>;
  toPay?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['BudgetYear']>, ParentType, ContextType>;
};

export type ProgrammeClosingResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['ProgrammeClosing'] = ResolversParentTypes['ProgrammeClosing']> = {
  authorised?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  closedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  committed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  deliberation?: Resolver<Maybe<ResolversTypes['Deliberation']>, ParentType, ContextType>;
  payments?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  receipts?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  released?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type ProgrammePeriodResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['ProgrammePeriod'] = ResolversParentTypes['ProgrammePeriod']> = {
  deliberation?: Resolver<ResolversTypes['Deliberation'], ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  passesValidUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  commitment?: Resolver<Maybe<ResolversTypes['Commitment']>, ParentType, ContextType, RequireFields<QueryCommitmentArgs, 'id'>>;
  fundingAuditTrail?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryFundingAuditTrailArgs, 'first'>>;
  passesReconciliation?: Resolver<Maybe<ResolversTypes['PassesReconciliation']>, ParentType, ContextType, RequireFields<QueryPassesReconciliationArgs, 'programmeId'>>;
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType, RequireFields<QueryProgrammeArgs, 'id'>>;
  programmeByCode?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType, RequireFields<QueryProgrammeByCodeArgs, 'code'>>;
  programmes?: Resolver<Array<ResolversTypes['Programme']>, ParentType, ContextType>;
};

export type ReceiptResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['Receipt'] = ResolversParentTypes['Receipt']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  budgetYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  commitment?: Resolver<ResolversTypes['Commitment'], ParentType, ContextType>;
  correctedPayment?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType>;
  federEligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReceiptKind'], ParentType, ContextType>;
  passCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  payer?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  payerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recoveryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reduction?: Resolver<Maybe<ResolversTypes['CommitmentReduction']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['RecordSource'], ParentType, ContextType>;
  titleNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ReceiptConnectionResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['ReceiptConnection'] = ResolversParentTypes['ReceiptConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ReceiptEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReceiptEdgeResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['ReceiptEdge'] = ResolversParentTypes['ReceiptEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Receipt'], ParentType, ContextType>;
};

export type ReconciliationLineResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['ReconciliationLine'] = ResolversParentTypes['ReconciliationLine']> = {
  difference?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  eventCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expected?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  funding?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  passes?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['ReconciliationTopic'], ParentType, ContextType>;
};

export interface SafeIntScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['SafeInt'], any> {
  name: 'SafeInt';
}

export type ScheduleLineResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['ScheduleLine'] = ResolversParentTypes['ScheduleLine']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  budgetYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SubmittedClaimResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['SubmittedClaim'] = ResolversParentTypes['SubmittedClaim']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  entitlement?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  submittedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type TerritoryResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['Territory'] = ResolversParentTypes['Territory']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['TerritoryLevel'], ParentType, ContextType>;
};

export type UsedPassesMonthResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['UsedPassesMonth'] = ResolversParentTypes['UsedPassesMonth']> = {
  cancelled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  faceValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  redeemed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  used?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VoteResolvers<ContextType = FundingContext, ParentType extends ResolversParentTypes['Vote'] = ResolversParentTypes['Vote']> = {
  absent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  abstention?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  against?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  for?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notVoting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  present?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  proxies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = FundingContext> = {
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  AuthorisationVersion?: AuthorisationVersionResolvers<ContextType>;
  BudgetImputation?: BudgetImputationResolvers<ContextType>;
  BudgetYear?: BudgetYearResolvers<ContextType>;
  ClaimEvidence?: ClaimEvidenceResolvers<ContextType>;
  CoFunder?: CoFunderResolvers<ContextType>;
  CoFunderClaim?: CoFunderClaimResolvers<ContextType>;
  CoFunderReceipt?: CoFunderReceiptResolvers<ContextType>;
  CoFunderShare?: CoFunderShareResolvers<ContextType>;
  Commitment?: CommitmentResolvers<ContextType>;
  CommitmentAuthorisation?: CommitmentAuthorisationResolvers<ContextType>;
  CommitmentConnection?: CommitmentConnectionResolvers<ContextType>;
  CommitmentEdge?: CommitmentEdgeResolvers<ContextType>;
  CommitmentReduction?: CommitmentReductionResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Deliberation?: DeliberationResolvers<ContextType>;
  FinalReport?: FinalReportResolvers<ContextType>;
  FundingPlan?: FundingPlanResolvers<ContextType>;
  FundingPlanVersion?: FundingPlanVersionResolvers<ContextType>;
  GrantClaim?: GrantClaimResolvers<ContextType>;
  GrantConvention?: GrantConventionResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PassesFact?: PassesFactResolvers<ContextType>;
  PassesReconciliation?: PassesReconciliationResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PaymentConnection?: PaymentConnectionResolvers<ContextType>;
  PaymentEdge?: PaymentEdgeResolvers<ContextType>;
  PaymentForecast?: PaymentForecastResolvers<ContextType>;
  PlannedShare?: PlannedShareResolvers<ContextType>;
  Programme?: ProgrammeResolvers<ContextType>;
  ProgrammeBudget?: ProgrammeBudgetResolvers<ContextType>;
  ProgrammeClosing?: ProgrammeClosingResolvers<ContextType>;
  ProgrammePeriod?: ProgrammePeriodResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Receipt?: ReceiptResolvers<ContextType>;
  ReceiptConnection?: ReceiptConnectionResolvers<ContextType>;
  ReceiptEdge?: ReceiptEdgeResolvers<ContextType>;
  ReconciliationLine?: ReconciliationLineResolvers<ContextType>;
  SafeInt?: GraphQLScalarType;
  ScheduleLine?: ScheduleLineResolvers<ContextType>;
  SubmittedClaim?: SubmittedClaimResolvers<ContextType>;
  Territory?: TerritoryResolvers<ContextType>;
  UsedPassesMonth?: UsedPassesMonthResolvers<ContextType>;
  Vote?: VoteResolvers<ContextType>;
};

