import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ProgrammeEntity as ProgrammeEntityModel } from '../programmes/programme.entity';
import type { PassOrderEntity as PassOrderEntityModel } from '../orders/order.entity';
import type { BookletEntity as BookletEntityModel, PassEntity as PassEntityModel } from '../booklets/booklet.entity';
import type { NextPassRow as NextPassRowModel } from '../booklets/booklet.repository';
import type { HandOutResult as HandOutResultModel } from '../hand-outs/hand-out.service';
import type { HolderPass as HolderPassModel } from '../public-check/holder-check.service';
import type { PassCheck as PassCheckModel } from '../redemptions/redemption.service';
import type { RedemptionEntity as RedemptionEntityModel } from '../redemptions/redemption.entity';
import type { RedemptionRecoveryEntity as RedemptionRecoveryEntityModel } from '../redemptions/redemption-recovery.entity';
import type { StatementEntity as StatementEntityModel } from '../statements/statement.entity';
import type { CreditNoteEntity as CreditNoteEntityModel } from '../expiry/credit-note.entity';
import type { OpenFigures as OpenFiguresModel } from '../open-data/open-data.service';
import type { AlertsSource as AlertsSourceModel, PlaceWithoutRedemptionSource as PlaceWithoutRedemptionSourceModel } from '../alerts/alerts.resolvers';
import type { ExpiringRow as ExpiringRowModel } from '../alerts/alerts.service';
import type { Suggestion as SuggestionModel } from '../alerts/reallocation';
import type { FunnelRowSource as FunnelRowSourceModel, FunnelRowConnectionSource as FunnelRowConnectionSourceModel, PassFunnelSource as PassFunnelSourceModel } from '../funnel/funnel.resolvers';
import type { UsageRowSource as UsageRowSourceModel, UsageColumnsSource as UsageColumnsSourceModel, PeopleHelpedSource as PeopleHelpedSourceModel } from '../usage/usage.resolvers';
import type { SandboxPass as SandboxPassModel } from '../sandboxes/sandbox.service';
import type { PassesContext } from '../context';
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

/** Age band of a beneficiary (no birth date is ever recorded). */
export type AgeBand =
  | 'FROM_16_TO_25'
  | 'FROM_26_TO_44'
  | 'FROM_45_TO_59'
  | 'FROM_60_TO_74'
  | 'FROM_75';

export type AllocateBookletsInput = {
  /** Which of the distributor's agreements, when it holds several for the programme. */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** Named booklets (in stock)… */
  bookletIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  count?: InputMaybe<Scalars['Int']['input']>;
  /** The distributor; it needs a distributor agreement for the booklets' programme, in force, whose scope meets the order's perimeter. */
  distributorOrganisationId: Scalars['ID']['input'];
  /** …or the first `count` booklets in stock of an order. */
  orderId?: InputMaybe<Scalars['ID']['input']>;
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

/** Who received passes, pseudonymously: no name, address, birth date or contact. */
export type BeneficiaryProfileInput = {
  ageBand: AgeBand;
  /** The beneficiary agreed to this record; must be true. */
  consent: Scalars['Boolean']['input'];
  gender?: InputMaybe<Gender>;
  /** INSEE code of the commune of residence (not the postal code). */
  residenceInseeCode: Scalars['String']['input'];
  situation: BeneficiarySituation;
};

/** A beneficiary's situation, recorded by the distributor at hand-out; nothing else about the person is kept. */
export type BeneficiarySituation =
  | 'EMPLOYED'
  /** Far from employment: the State's call for projects wants at least half of the passes to go to these people. */
  | 'FAR_FROM_EMPLOYMENT'
  | 'INACTIVE'
  | 'JOB_SEEKER'
  | 'OTHER'
  | 'RETIRED'
  | 'STUDENT';

/** A booklet (carnet) of 10 or 5 passes. */
export type Booklet = {
  __typename?: 'Booklet';
  allocatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The distributor holding it; null while in stock. */
  distributor?: Maybe<Organisation>;
  expiredCount: Scalars['Int']['output'];
  handedOutCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** 10 digits, the last a Luhn check digit. */
  number: Scalars['String']['output'];
  order: PassOrder;
  /** Its passes, by number. */
  passes: Array<Pass>;
  redeemedCount: Scalars['Int']['output'];
  size: Scalars['Int']['output'];
  /** Whether at least one of its passes has been redeemed. */
  started: Scalars['Boolean']['output'];
  state: BookletState;
};

export type BookletConnection = {
  __typename?: 'BookletConnection';
  edges: Array<BookletEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type BookletEdge = {
  __typename?: 'BookletEdge';
  cursor: Scalars['String']['output'];
  node: Booklet;
};

/** Where a booklet is. */
export type BookletState =
  /** With a distributor; none of its passes handed out. */
  | 'ALLOCATED'
  /** Every pass handed out. */
  | 'HANDED_OUT'
  /** With the buyer or operator, not allocated. */
  | 'IN_STOCK'
  /** With a distributor; some of its passes handed out. */
  | 'PARTLY_HANDED_OUT';

/** The face value of an order's unused (expired) passes, given back to the buyer. */
export type CreditNote = {
  __typename?: 'CreditNote';
  amount: Money;
  buyer?: Maybe<Organisation>;
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  order: PassOrder;
  passCount: Scalars['Int']['output'];
  programme: Programme;
};

export type CreditNoteConnection = {
  __typename?: 'CreditNoteConnection';
  edges: Array<CreditNoteEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CreditNoteEdge = {
  __typename?: 'CreditNoteEdge';
  cursor: Scalars['String']['output'];
  node: CreditNote;
};

/** Passes whose validity ends within one horizon. */
export type ExpiringPasses = {
  __typename?: 'ExpiringPasses';
  /** With a distributor, not handed out, distributable until endsBy at the latest. */
  allocatedNotHandedOut: Scalars['SafeInt']['output'];
  /** asOf + horizonDays: the last day of the horizon. */
  endsBy: Scalars['Date']['output'];
  /** In a beneficiary's hands, not redeemed, valid until endsBy at the latest. */
  handedOutNotRedeemed: Scalars['SafeInt']['output'];
  horizonDays: Scalars['Int']['output'];
  /** Still in the buyer's stock (in totals only; 0 in rows). */
  inStock: Scalars['SafeInt']['output'];
};

export type ExpiringPassesAlert = {
  __typename?: 'ExpiringPassesAlert';
  asOf: Scalars['Date']['output'];
  rows: Array<ExpiringPassesRow>;
  /** Keys with passes at risk, in all. */
  totalCount: Scalars['Int']['output'];
  /** The whole programme, one entry per horizon, widest first. */
  totals: Array<ExpiringPasses>;
};

export type ExpiringPassesRow = {
  __typename?: 'ExpiringPassesRow';
  /** One entry per horizon, widest first. */
  horizons: Array<ExpiringPasses>;
  key: Scalars['String']['output'];
  organisation?: Maybe<Organisation>;
  territory?: Maybe<Territory>;
};

/** What one run of the expiry job did. */
export type ExpiryRun = {
  __typename?: 'ExpiryRun';
  creditNotes: Array<CreditNote>;
  expired: Scalars['Int']['output'];
  /** The day the run took as today: passes valid until the day before expired. */
  runOn: Scalars['Date']['output'];
};

/** What a programme's funnel can be broken down by. */
export type FunnelBreakdown =
  | 'COMMUNE'
  | 'DEPARTEMENT'
  /** By distributor organisation. */
  | 'DISTRIBUTOR'
  | 'EPCI'
  /** By place where passes were redeemed. */
  | 'PLACE'
  /** By target public: the order's publics for ordered/activated, the beneficiary's situation and age group from hand-out on. */
  | 'PUBLIC'
  | 'REGION'
  | 'ZONE';

/** A funnel breakdown as columns, in key order: the i-th entry of every count list belongs to keys[i]. */
export type FunnelColumns = {
  __typename?: 'FunnelColumns';
  activated: Array<Scalars['Int']['output']>;
  allocated: Array<Scalars['Int']['output']>;
  by: FunnelBreakdown;
  credited: Array<Scalars['Int']['output']>;
  expired: Array<Scalars['Int']['output']>;
  handedOut: Array<Scalars['Int']['output']>;
  /** Territory codes, organisation ids, place ids or publics. */
  keys: Array<Scalars['String']['output']>;
  ordered: Array<Scalars['Int']['output']>;
  redeemed: Array<Scalars['Int']['output']>;
  reimbursed: Array<Scalars['Int']['output']>;
};

/** One line of a funnel breakdown: the counts of one territory, distributor, place or public. */
export type FunnelRow = {
  __typename?: 'FunnelRow';
  activated: Scalars['SafeInt']['output'];
  /** redeemed ÷ activated, rounded to 4 decimals; null when none was activated. */
  activatedUsageRate?: Maybe<Scalars['Float']['output']>;
  allocated: Scalars['SafeInt']['output'];
  credited: Scalars['SafeInt']['output'];
  expired: Scalars['SafeInt']['output'];
  handedOut: Scalars['SafeInt']['output'];
  /** The territory code, organisation id, place id or public, as a string. */
  key: Scalars['String']['output'];
  ordered: Scalars['SafeInt']['output'];
  /** For a breakdown by distributor. */
  organisation?: Maybe<Organisation>;
  /** For a breakdown by place. */
  place?: Maybe<Place>;
  /** For a breakdown by public. */
  public?: Maybe<TargetPublic>;
  redeemed: Scalars['SafeInt']['output'];
  reimbursed: Scalars['SafeInt']['output'];
  /** For a territorial breakdown. */
  territory?: Maybe<Territory>;
  /** redeemed ÷ handedOut, rounded to 4 decimals; null when none was handed out. */
  usageRate?: Maybe<Scalars['Float']['output']>;
};

/** A page of funnel rows, by key. `nodes` is the same list as `edges` without cursors: lighter for whole-country maps. */
export type FunnelRowConnection = {
  __typename?: 'FunnelRowConnection';
  edges: Array<FunnelRowEdge>;
  nodes: Array<FunnelRow>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FunnelRowEdge = {
  __typename?: 'FunnelRowEdge';
  cursor: Scalars['String']['output'];
  node: FunnelRow;
};

/** Gender, when the beneficiary chose to say. */
export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'OTHER';

/** Passes handed to one beneficiary. */
export type HandOut = {
  __typename?: 'HandOut';
  /** The distributor that handed them out. */
  distributor: Organisation;
  handedOutAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  passCount: Scalars['Int']['output'];
  passes: Array<Pass>;
  /** Last day the passes may be redeemed: hand-out + 1 year + 1 month, capped by the programme's last valid day (ProgrammePasses.passesValidUntil, or its endsOn) and the order's window; later when an amendment moved that day. */
  validUntil: Scalars['Date']['output'];
};

export type HandOutInput = {
  /** A whole booklet (the passes of it not handed out yet)… */
  bookletId?: InputMaybe<Scalars['ID']['input']>;
  /** …or a single pass of an allocated booklet. */
  passNumber?: InputMaybe<Scalars['String']['input']>;
  profile: BeneficiaryProfileInput;
};

/** What the person holding a pass may learn of it (myPass): nothing about them. */
export type HolderPass = {
  __typename?: 'HolderPass';
  faceValue: Money;
  passNumber: Scalars['String']['output'];
  /** The programme that issued it. */
  programme: Programme;
  state: HolderPassState;
  /** Where it may be spent: the territory of its perimeter (a place there that its programme qualified). */
  usableIn: Territory;
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day it may be spent; null until handed out. */
  validUntil?: Maybe<Scalars['Date']['output']>;
};

/** Where a pass stands for the person holding it. */
export type HolderPassState =
  /** Its validity has ended. */
  | 'EXPIRED'
  /** Not usable yet: its order is not activated, it has not been handed out, or its validity has not begun. */
  | 'NOT_YET_USABLE'
  /** It may be spent now at a place that accepts its programme's passes. */
  | 'USABLE'
  /** It has been spent. */
  | 'USED';

export type LowUsageAlert = {
  __typename?: 'LowUsageAlert';
  minHandedOut: Scalars['Int']['output'];
  /** The programme's own usage rate, for comparison. */
  programmeUsageRate?: Maybe<Scalars['Float']['output']>;
  /** Worst first, at most `first`. */
  rows: Array<UsageRow>;
  /** The threshold applied. */
  threshold: Scalars['Float']['output'];
  /** How many keys are below the threshold in all. */
  totalCount: Scalars['Int']['output'];
};

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
  /** Activates a delivered order on the buyer's payment-order number (passes.order.activated.v1). The order's programme's managers (NOT_FOUND for another's). Errors: NOT_FOUND, PROGRAMME_CLOSED (field orderId, closedOn: the programme's accounts are closed), INVALID_ORDER_STATE, BAD_USER_INPUT, FORBIDDEN. */
  activateOrder: PassOrder;
  /**
   * Allocates booklets to a distributor (passes.booklet.allocated.v1 for each). The managers of the booklets' programme: another programme's order or booklets read as missing ones (NOT_FOUND, field orderId or bookletIds).
   * Errors: NOT_A_DISTRIBUTOR, AGREEMENT_NOT_IN_FORCE, OUTSIDE_AGREEMENT_SCOPE, ORDER_NOT_DELIVERED, BOOKLET_NOT_IN_STOCK, NOT_ENOUGH_BOOKLETS, NOT_FOUND, BAD_USER_INPUT, FORBIDDEN.
   */
  allocateBooklets: Array<Booklet>;
  /** Approves a pending statement (passes.statement.approved.v1). The managers of the statement's programme (NOT_FOUND for another's). Errors: NOT_FOUND, STATEMENT_NOT_PENDING, FORBIDDEN. */
  approveStatement: Statement;
  /**
   * Cancels a redemption within 72 hours, with a reason; the pass becomes usable again (passes.pass.redemption-cancelled.v1). The managers of the redemption's programme, or the place's own organisation (in the programmes it acts in; a key scoped to places, at those): any other redemption reads as a missing one (NOT_FOUND).
   * Errors: NOT_FOUND, ALREADY_CANCELLED, CANCELLATION_WINDOW_CLOSED, REDEMPTION_IN_STATEMENT (also once recovered), BAD_USER_INPUT, FORBIDDEN.
   */
  cancelRedemption: Redemption;
  /** Exports the print file (numbers and verification codes), once per order; the export is logged. The order's programme's managers (NOT_FOUND for another's, whose export stays available to them). Errors: NOT_FOUND, PRINT_FILE_ALREADY_EXPORTED, FORBIDDEN. */
  exportPrintFile: PrintFile;
  /**
   * Generates one programme's statements of a month that has ended (one per place that redeemed its passes), each taking back the place's outstanding recoveries (oldest first, whole, as long as it pays at least zero); a second call changes nothing. The programme's managers and finance officers: another programme reads as one that does not exist (NOT_FOUND).
   * Errors: INVALID_MONTH, MONTH_NOT_ENDED, NOT_FOUND (field programmeId), INVALID_ID, FORBIDDEN.
   */
  generateStatements: StatementGeneration;
  /**
   * Hands a booklet or a single pass to a beneficiary (passes.pass.distributed.v1). The distributor holding the booklet (in its programme), or the programme's managers: any other booklet reads as a missing one (NOT_FOUND), any other pass as an unknown number (UNKNOWN_PASS). The passes a programme hands out to residents of a zone with a pass quota never exceed it, however many hand-outs run at once.
   * Errors: CONSENT_REQUIRED, UNKNOWN_COMMUNE, OUTSIDE_PERIMETER (field profile.residenceInseeCode, with perimeterLevel, perimeterCode and perimeterName: the territory where the passes may be handed out), PUBLIC_NOT_TARGETED, PROGRAMME_CLOSED (field bookletId or passNumber, closedOn: the programme's accounts are closed), ZONE_QUOTA_EXCEEDED (field bookletId or passNumber, with zoneId, quota and remaining: the passes the zone's quota still allows), PROGRAMME_ENDED, VALIDITY_ENDED, BOOKLET_NOT_ALLOCATED, BOOKLET_ALREADY_HANDED_OUT, PASS_ALREADY_HANDED_OUT, UNKNOWN_PASS, NOT_FOUND, INVALID_ID, BAD_USER_INPUT, FORBIDDEN.
   */
  handOut: HandOut;
  /** Records that the printed booklets were delivered. The order's programme's managers: another programme's order reads as a missing one (NOT_FOUND). Errors: NOT_FOUND, INVALID_ORDER_STATE, FORBIDDEN. */
  markOrderDelivered: PassOrder;
  /**
   * Records the payment of an approved statement (passes.statement.paid.v1 with what it paid, and passes.statement.paid.v2 with its gross amount and the recoveries it took back); its passes count as reimbursed. The finance officers and managers of the statement's programme (NOT_FOUND for another's).
   * Errors: NOT_FOUND, STATEMENT_NOT_APPROVED, BAD_USER_INPUT, FORBIDDEN.
   */
  markStatementPaid: Statement;
  /**
   * Places an order: issues its booklets and passes (numbers with check digits) and publishes passes.order.placed.v1. The programme's managers only: another programme reads as one passes does not know (PROGRAMME_UNKNOWN). An order whose perimeter lies inside a zone with a pass quota (territory's `passQuota`, for the zone's programme, or every programme for a shared zone) may not take the passes the programme ordered inside that zone beyond it.
   * Errors: PROGRAMME_UNKNOWN, PROGRAMME_CLOSED (field programmeId, closedOn: its accounts are closed), PROGRAMME_ENDED (field programmeId: the programme's last day is past), ZONE_QUOTA_EXCEEDED (field bookletCount, with zoneId, quota and remaining: the passes the zone's quota still allows), INVALID_BOOKLET_SIZE, INVALID_QUANTITY, INVALID_AMOUNT, INVALID_RATE, INVALID_PERIOD, UNKNOWN_TERRITORY, UNKNOWN_ZONE, OUTSIDE_PROGRAMME_PERIMETER, BAD_USER_INPUT, FORBIDDEN.
   */
  placeOrder: PassOrder;
  /**
   * Recovers a redemption found invalid after the statement that reimbursed it was paid (a correction after payment): the redemption turns RECOVERED, the place owes its face value back and its next statement for the programme takes it back (Statement.recoveries); the pass goes back to its beneficiary, valid as before, and counts neither as redeemed nor as reimbursed (passes.redemption.recovered.v1). The managers of the redemption's programme: another programme's reads as a missing one (NOT_FOUND). Allowed after the programme's closing.
   * Errors: NOT_FOUND (field redemptionId), ALREADY_RECOVERED, ALREADY_CANCELLED, REDEMPTION_NOT_PAID (field redemptionId, statementStatus: not yet in a statement, or its statement PENDING or APPROVED — cancel it, or leave it out of the statement), BAD_USER_INPUT (reason: 3–500 characters), INVALID_ID, FORBIDDEN.
   */
  recoverRedemption: RedemptionRecovery;
  /**
   * Redeems a pass at a place qualified by the pass's programme, exactly once (passes.pass.redeemed.v1). The place's own staff or software (role place, at its organisation's places, in the programmes it acts in; a key scoped to places, at those places only), or the pass's programme's managers (at any place its programme qualified). A pass out of the caller's reach answers as a number that does not exist (UNKNOWN_PASS, counted like one).
   * Wrong codes and unknown numbers are counted per caller and per pass number: past the limit on either, TOO_MANY_ATTEMPTS (with retryAfterSeconds) for every check and redemption they cover.
   * Errors: UNKNOWN_PASS (no pass with this number and code: a wrong code answers as a number that does not exist; counted against the caller and the number), TOO_MANY_ATTEMPTS, ALREADY_REDEEMED, EXPIRED, NOT_ACTIVATED, NOT_HANDED_OUT, NOT_YET_VALID, PLACE_NOT_QUALIFIED, OUTSIDE_PERIMETER, IDEMPOTENCY_KEY_REUSED, INVALID_ID, BAD_USER_INPUT, FORBIDDEN (a place that is not the caller's, or outside its key's scopes).
   */
  redeemPass: Redemption;
  /**
   * A fresh set of test passes for the organisation's sandbox (20 passes of 10 €: the first booklet handed out, ready to redeem; the second with the organisation, to try a hand-out), listed from then on in Sandbox.passes in place of the previous set, which stays as it is. Nothing in a sandbox counts anywhere. The organisation's own people and SANDBOX keys (roles distributor, place).
   * Errors: NOT_FOUND (also another organisation's sandbox, a programme that is not a sandbox), INVALID_ID.
   */
  resetSandboxPasses: Sandbox;
  /**
   * Takes unused booklets back into stock so they can be allocated elsewhere (passes.booklet.returned.v1). The managers of their programme, or the distributor holding them (in that programme): any other booklet reads as a missing one (NOT_FOUND).
   * Errors: BOOKLET_NOT_ALLOCATED, BOOKLET_STARTED, NOT_FOUND, BAD_USER_INPUT, FORBIDDEN.
   */
  returnBooklets: Array<Booklet>;
  /**
   * Runs the expiry job now for one programme (it also runs on its own every hour, for every programme): expires passes past their validity (as amendments moved it), and those never handed out once their programme has ended (as amended), then issues credit notes (passes.pass.expired.v1, passes.credit-note.issued.v1). Idempotent. The programme's managers: another programme reads as one that does not exist (NOT_FOUND).
   * Errors: NOT_FOUND (field programmeId), INVALID_ID, FORBIDDEN.
   */
  runExpiry: ExpiryRun;
};


export type MutationActivateOrderArgs = {
  orderId: Scalars['ID']['input'];
  paymentOrderNumber: Scalars['String']['input'];
};


export type MutationAllocateBookletsArgs = {
  input: AllocateBookletsInput;
};


export type MutationApproveStatementArgs = {
  statementId: Scalars['ID']['input'];
};


export type MutationCancelRedemptionArgs = {
  reason: Scalars['String']['input'];
  redemptionId: Scalars['ID']['input'];
};


export type MutationExportPrintFileArgs = {
  orderId: Scalars['ID']['input'];
};


export type MutationGenerateStatementsArgs = {
  month: Scalars['String']['input'];
  programmeId: Scalars['ID']['input'];
};


export type MutationHandOutArgs = {
  input: HandOutInput;
};


export type MutationMarkOrderDeliveredArgs = {
  orderId: Scalars['ID']['input'];
};


export type MutationMarkStatementPaidArgs = {
  paidOn?: InputMaybe<Scalars['Date']['input']>;
  paymentReference: Scalars['String']['input'];
  statementId: Scalars['ID']['input'];
};


export type MutationPlaceOrderArgs = {
  input: PlaceOrderInput;
};


export type MutationRecoverRedemptionArgs = {
  reason: Scalars['String']['input'];
  redemptionId: Scalars['ID']['input'];
};


export type MutationRedeemPassArgs = {
  input: RedeemPassInput;
};


export type MutationResetSandboxPassesArgs = {
  programmeId: Scalars['ID']['input'];
};


export type MutationReturnBookletsArgs = {
  bookletIds: Array<Scalars['ID']['input']>;
};


export type MutationRunExpiryArgs = {
  programmeId: Scalars['ID']['input'];
};

/** The pass a distributor hands out next in one programme (nextPassesToHandOut). */
export type NextPassToHandOut = {
  __typename?: 'NextPassToHandOut';
  /** Passes of the distributor's booklets in the programme not handed out yet, this one included. */
  availableCount: Scalars['Int']['output'];
  /** The booklet it belongs to. */
  booklet: Booklet;
  /** 12 digits: the lowest-numbered pass of the distributor's booklets in the programme not handed out yet. */
  passNumber: Scalars['String']['output'];
  programme: Programme;
};

/** Published figures of one cell; every count is null when the cell is suppressed. */
export type OpenFigures = {
  __typename?: 'OpenFigures';
  passesHandedOut?: Maybe<Scalars['Int']['output']>;
  passesRedeemed?: Maybe<Scalars['Int']['output']>;
  peopleHelped?: Maybe<Scalars['Int']['output']>;
  /** Null when published. */
  suppression?: Maybe<Suppression>;
  usageRate?: Maybe<Scalars['Float']['output']>;
};

/** A programme's open data at one level: people helped, passes handed out and redeemed where beneficiaries live. */
export type OpenPassFigures = {
  __typename?: 'OpenPassFigures';
  level: TerritoryLevel;
  /** The programme as a whole (protected by the same rule). */
  programme: OpenFigures;
  programmeCode: Scalars['String']['output'];
  /** Territories with at least one person helped, by code; territories not listed had none. */
  rows: OpenTerritoryFiguresConnection;
  /** No published cell describes fewer people than this. */
  threshold: Scalars['Int']['output'];
};

export type OpenTerritoryFigures = {
  __typename?: 'OpenTerritoryFigures';
  passesHandedOut?: Maybe<Scalars['Int']['output']>;
  passesRedeemed?: Maybe<Scalars['Int']['output']>;
  peopleHelped?: Maybe<Scalars['Int']['output']>;
  /** Null when published. */
  suppression?: Maybe<Suppression>;
  territory: Territory;
  usageRate?: Maybe<Scalars['Float']['output']>;
};

export type OpenTerritoryFiguresConnection = {
  __typename?: 'OpenTerritoryFiguresConnection';
  nodes: Array<OpenTerritoryFigures>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Where an order stands with the operator. */
export type OrderStatus =
  /** The buyer recorded its payment-order number: passes are usable once handed out. */
  | 'ACTIVATED'
  /** Printed booklets delivered to the buyer. */
  | 'DELIVERED'
  /** Placed; booklets and passes are issued (numbered) but not usable. */
  | 'PLACED';

/** An organisation, owned by the partners service; passes adds the funnel of the passes it received as a distributor. */
export type Organisation = {
  __typename?: 'Organisation';
  /**
   * As a distributor: passes allocated to it, and what became of those it handed out (ordered and activated stay 0), for one programme or (programmeId omitted) every programme the caller reads. The readers of the programme and the distributor itself (in the programmes it acts in); null with FORBIDDEN for other roles; a programme the caller does not read counts as one that does not exist (zeros, validUntil null).
   * Errors: INVALID_ID.
   */
  distributorPassFunnel?: Maybe<PassFunnel>;
  id: Scalars['ID']['output'];
};


/** An organisation, owned by the partners service; passes adds the funnel of the passes it received as a distributor. */
export type OrganisationDistributorPassFunnelArgs = {
  programmeId?: InputMaybe<Scalars['ID']['input']>;
};

/** Where a page starts and ends (Relay's PageInfo). Pages go forward (first/after): hasPreviousPage says whether the page was asked after a cursor. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** One pass of 10 EUR (or the order's face value). Its verification code is never shown here. */
export type Pass = {
  __typename?: 'Pass';
  booklet: Booklet;
  faceValue: Money;
  /** 12 digits, the last a Luhn check digit. */
  number: Scalars['String']['output'];
  status: PassStatus;
  /** Last day it may be redeemed; null until handed out. */
  validUntil?: Maybe<Scalars['Date']['output']>;
};

/** Alerts of one programme as of a day, for its staff. Every list is computed from read models or index ranges, never from all the passes. */
export type PassAlerts = {
  __typename?: 'PassAlerts';
  asOf: Scalars['Date']['output'];
  /** Passes at risk of expiring unused within each horizon (days after asOf, J-30, J-15, J-7 by default): handed out and not redeemed, whose validity ends by then; and allocated but not handed out, whose last day to be handed out (the programme's end, or the order's validUntil) comes by then. By distributor, or by territory (handed-out passes where their beneficiaries live; allocated passes at the distributor's scope when it lies inside one territory of the level). Busiest first. */
  expiringPasses: ExpiringPassesAlert;
  /**
   * Territories of a level, distributors or publics whose usage rate (redeemed ÷ handed out) is below `below`, among those that handed out at least `minHandedOut` passes (a rate on a few passes says little, and recent hand-outs lower it: compare with programmeUsageRate), worst first.
   * Errors: BAD_USER_INPUT (by PLACE or PROGRAMME; below outside 0–1).
   */
  lowUsage: LowUsageAlert;
  /** Places qualified by the programme inside its perimeter where no pass of the programme has been redeemed, by id. */
  placesWithoutRedemption: PlaceWithoutRedemptionConnection;
  /** Booklets to move from distributors that will not hand them out, or whose beneficiaries use few passes, to distributors that will run short before the programme's end and whose beneficiaries use them — inside the perimeter (each booklet's order perimeter meets the receiver's agreement scope). See docs/analytics.md for the rule and the expected effect. */
  reallocationSuggestions: ReallocationPlan;
};


/** Alerts of one programme as of a day, for its staff. Every list is computed from read models or index ranges, never from all the passes. */
export type PassAlertsExpiringPassesArgs = {
  by: FunnelBreakdown;
  first: Scalars['Int']['input'];
  horizons: Array<Scalars['Int']['input']>;
};


/** Alerts of one programme as of a day, for its staff. Every list is computed from read models or index ranges, never from all the passes. */
export type PassAlertsLowUsageArgs = {
  below: Scalars['Float']['input'];
  by: FunnelBreakdown;
  first: Scalars['Int']['input'];
  minHandedOut: Scalars['Int']['input'];
};


/** Alerts of one programme as of a day, for its staff. Every list is computed from read models or index ranges, never from all the passes. */
export type PassAlertsPlacesWithoutRedemptionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
};


/** Alerts of one programme as of a day, for its staff. Every list is computed from read models or index ranges, never from all the passes. */
export type PassAlertsReallocationSuggestionsArgs = {
  demandWindowDays: Scalars['Int']['input'];
  first: Scalars['Int']['input'];
  lowUsageBelow: Scalars['Float']['input'];
  minHandedOut: Scalars['Int']['input'];
};

/** What a place may learn of a pass before redeeming it — nothing about the person holding it. */
export type PassCheck = {
  __typename?: 'PassCheck';
  faceValue: Money;
  passNumber: Scalars['String']['output'];
  /** Whether it can be redeemed now (at the place given, when one was). */
  redeemable: Scalars['Boolean']['output'];
  /** Why not, when it cannot. */
  refusal?: Maybe<PassRefusal>;
  status: PassStatus;
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day it may be redeemed; null until handed out. */
  validUntil?: Maybe<Scalars['Date']['output']>;
};

/** How many passes reached each stage of their life. A pass counts once in every stage it has reached: a redeemed pass is also counted as ordered, activated, allocated and handed out. */
export type PassFunnel = {
  __typename?: 'PassFunnel';
  /** Passes of orders activated by a payment-order number: usable once handed out. */
  activated: Scalars['SafeInt']['output'];
  /** redeemed ÷ activated, rounded to 4 decimals; null when none was activated here (activations count at the order's perimeter and above only), or when redeemed is suppressed. */
  activatedUsageRate?: Maybe<Scalars['Float']['output']>;
  /** Passes in booklets currently allocated to a distributor (or handed out from one). */
  allocated: Scalars['SafeInt']['output'];
  /** Expired passes given back to the buyer in a credit note. */
  credited?: Maybe<Scalars['SafeInt']['output']>;
  /** Passes that reached the end of their validity unused. */
  expired?: Maybe<Scalars['SafeInt']['output']>;
  /** Passes handed to a beneficiary. This stage and the ones below are null only in a programme's totals read by someone who does not read the programme, when open data suppresses them (ProgrammePasses.funnel). */
  handedOut?: Maybe<Scalars['SafeInt']['output']>;
  /** Passes in orders placed. */
  ordered: Scalars['SafeInt']['output'];
  /** Passes redeemed at a qualified place (cancelled and recovered redemptions excluded). */
  redeemed?: Maybe<Scalars['SafeInt']['output']>;
  /** Redeemed passes paid to their place in a monthly statement (recovered redemptions excluded). */
  reimbursed?: Maybe<Scalars['SafeInt']['output']>;
  /** Usage rate: redeemed ÷ handedOut, between 0 and 1, rounded to 4 decimals; null when none was handed out, or when redeemed is suppressed. */
  usageRate?: Maybe<Scalars['Float']['output']>;
  /** Last day any of these passes can be valid: the programme's last valid day (ProgrammePasses.passesValidUntil, or its endsOn); null when the figures span several programmes. */
  validUntil?: Maybe<Scalars['Date']['output']>;
};

/** An order of passes placed with the operator for a programme. */
export type PassOrder = {
  __typename?: 'PassOrder';
  activatedAt?: Maybe<Scalars['DateTime']['output']>;
  bookletCount: Scalars['Int']['output'];
  /** 10 or 5 passes per booklet. */
  bookletSize: Scalars['Int']['output'];
  /** The order's booklets, by number. */
  booklets: BookletConnection;
  /** The organisation that pays (the programme's owner). */
  buyer?: Maybe<Organisation>;
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** passCount × passFaceValue. */
  faceValueTotal: Money;
  /** The fee on the face value total, rounded to the cent. */
  fee: Money;
  /** Upstream fee rate on face value, excl. VAT, in basis points (4 % = 400). */
  feeRateBasisPoints: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** The operator that issues the passes, when recorded. */
  operator?: Maybe<Organisation>;
  passCount: Scalars['Int']['output'];
  /** Face value of one pass. */
  passFaceValue: Money;
  /** The buyer's payment-order (mandat) number that activated the order. */
  paymentOrderNumber?: Maybe<Scalars['String']['output']>;
  /** Where the passes may be handed out (beneficiaries' communes) and redeemed (places' communes). */
  perimeter: TerritoryRef;
  placedAt: Scalars['DateTime']['output'];
  /** When the print file was exported (once per order), and by whom; null while it has not been. */
  printFileExport?: Maybe<PrintFileExport>;
  programme: Programme;
  status: OrderStatus;
  /** Publics the passes are restricted to; empty = everyone. */
  targetPublics: Array<TargetPublic>;
  /** First day the passes may be redeemed; null = no restriction. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day any pass of the order may be redeemed; null = only the programme's end and each pass's own validity. */
  validUntil?: Maybe<Scalars['Date']['output']>;
};


/** An order of passes placed with the operator for a programme. */
export type PassOrderBookletsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PassOrderConnection = {
  __typename?: 'PassOrderConnection';
  edges: Array<PassOrderEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PassOrderEdge = {
  __typename?: 'PassOrderEdge';
  cursor: Scalars['String']['output'];
  node: PassOrder;
};

/** Why a pass cannot be redeemed (now, or at the given place). */
export type PassRefusal =
  | 'ALREADY_REDEEMED'
  | 'EXPIRED'
  /** The buyer has not activated the pass's order yet. */
  | 'NOT_ACTIVATED'
  /** Not handed to a beneficiary yet. */
  | 'NOT_HANDED_OUT'
  /** Before the order's validFrom. */
  | 'NOT_YET_VALID'
  /** The place's commune is outside the pass's perimeter. */
  | 'OUTSIDE_PERIMETER'
  /** The place is not qualified by the pass's programme (never, or suspended or revoked by it), or passes has not learnt of it. */
  | 'PLACE_NOT_QUALIFIED';

/** Where a pass is in its life. */
export type PassStatus =
  /** Validity ended unused (or never handed out by the programme's end). */
  | 'EXPIRED'
  /** In a beneficiary's hands, until its validity ends. */
  | 'HANDED_OUT'
  /** Numbered, not yet handed to anyone. */
  | 'ISSUED'
  /** Spent at a qualified place. */
  | 'REDEEMED';

/** People helped: beneficiaries who received passes, one per hand-out (a booklet or a single pass), counted where they live, for the distributor that handed the passes out and in each of their publics — on the same keys as the funnel's handedOut. */
export type PeopleHelped = {
  __typename?: 'PeopleHelped';
  /** passesCost ÷ count, rounded to the cent: the cost per person helped. Null when nobody was helped, or where count is suppressed. */
  costPerPerson?: Maybe<Money>;
  /** How many people (hand-outs). Null in a programme's totals read by someone who does not read the programme, when open data suppresses them (ProgrammePasses.peopleHelped). */
  count?: Maybe<Scalars['SafeInt']['output']>;
  /** What the programme paid for the passes they received: face value plus the order's fee on it (per hand-out, rounded half away from zero to the cent). Null where count is suppressed. */
  passesCost?: Maybe<Money>;
};

/** A mediation place, owned by the partners service; passes adds what was redeemed there. */
export type Place = {
  __typename?: 'Place';
  id: Scalars['ID']['output'];
  /**
   * Passes redeemed and reimbursed at this place (the only stages that happen at a place; the others stay 0), for one programme or (programmeId omitted) every programme the caller reads. The readers of the programme and the organisation running the place (in the programmes it acts in); null with FORBIDDEN for other roles; a programme the caller does not read counts as one that does not exist (zeros, validUntil null).
   * Errors: INVALID_ID.
   */
  passFunnel?: Maybe<PassFunnel>;
};


/** A mediation place, owned by the partners service; passes adds what was redeemed there. */
export type PlacePassFunnelArgs = {
  programmeId?: InputMaybe<Scalars['ID']['input']>;
};

export type PlaceOrderInput = {
  bookletCount: Scalars['Int']['input'];
  /** 10 or 5. */
  bookletSize: Scalars['Int']['input'];
  /** Upstream fee rate, excl. VAT, in basis points (4 % = 400). */
  feeRateBasisPoints: Scalars['Int']['input'];
  operatorOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Face value of one pass, a decimal string: 10.00. */
  passFaceValue: Scalars['String']['input'];
  /** Defaults to the programme's perimeter; must lie within it. */
  perimeter?: InputMaybe<TerritoryRefInput>;
  programmeId: Scalars['ID']['input'];
  targetPublics: Array<TargetPublic>;
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  validUntil?: InputMaybe<Scalars['Date']['input']>;
};

/** A place qualified by the programme where no pass of the programme has been redeemed yet. */
export type PlaceWithoutRedemption = {
  __typename?: 'PlaceWithoutRedemption';
  commune: Territory;
  /** The organisation running it. */
  organisation: Organisation;
  place: Place;
};

export type PlaceWithoutRedemptionConnection = {
  __typename?: 'PlaceWithoutRedemptionConnection';
  edges: Array<PlaceWithoutRedemptionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PlaceWithoutRedemptionEdge = {
  __typename?: 'PlaceWithoutRedemptionEdge';
  cursor: Scalars['String']['output'];
  node: PlaceWithoutRedemption;
};

/** A pass as presented: its number and code as printed, or its scanned QR payload. */
export type PresentedPassInput = {
  /** The 8-character verification code printed on the pass. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** 12 digits; spaces and dashes are ignored. */
  passNumber?: InputMaybe<Scalars['String']['input']>;
  /** The QR payload PN1.<number>.<code>, instead of number and code. */
  qrPayload?: InputMaybe<Scalars['String']['input']>;
};

/** The numbers and verification codes to print, handed out once per order. */
export type PrintFile = {
  __typename?: 'PrintFile';
  /** CSV with a header line: booklet_number,pass_number,verification_code,qr_payload. Codes exist nowhere else: keep this file safe. */
  csv: Scalars['String']['output'];
  exportedAt: Scalars['DateTime']['output'];
  orderId: Scalars['ID']['output'];
  passCount: Scalars['Int']['output'];
};

/** The log line of a print-file export. */
export type PrintFileExport = {
  __typename?: 'PrintFileExport';
  exportedAt: Scalars['DateTime']['output'];
  /** The caller who exported it. */
  exportedBy: Scalars['String']['output'];
  passCount: Scalars['Int']['output'];
};

/** A public voucher programme, owned by the funding service; passes adds what happened to its passes. */
export type Programme = {
  __typename?: 'Programme';
  id: Scalars['ID']['output'];
  /** The programme's passes; null until the passes service has learnt of the programme (funding.programme.opened.v1). */
  passes?: Maybe<ProgrammePasses>;
};

/** The passes side of a programme. */
export type ProgrammePasses = {
  __typename?: 'ProgrammePasses';
  /** Alerts for the programme's staff (its programme managers and finance officers): low usage, passes at risk of expiring unused, places it qualified with no redemption, and where to move unused booklets. `asOf` defaults to today (UTC). Null with a FORBIDDEN error for anyone else, the staff of other programmes included. */
  alerts?: Maybe<PassAlerts>;
  /** The day funding closed the programme's accounts (funding.programme.closed.v1); null while open. Once closed, orders, activations and hand-outs are refused (PROGRAMME_CLOSED); passes already handed out stay valid and redeemable. */
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** The programme's code, as announced by funding. */
  code: Scalars['String']['output'];
  /** Last day of the operation, as amended (funding.programme.amended.v1): nothing is ordered or handed out for the programme after it (PROGRAMME_ENDED). */
  endsOn: Scalars['Date']['output'];
  /** How many passes reached each stage, from the read model (never a count of passes at query time). For anyone; for callers who do not read this programme (its staff and funders' auditors), the stages from handedOut on and the rates are null whenever open data suppresses the programme's total (`openPassFigures`: 1 to 10 people helped). */
  funnel: PassFunnel;
  /** The funnel broken down by territory level, distributor, place or public, by key. `first` may go up to 40000, so that every commune of France fits in one page. The programme's readers only (its staff and funders' auditors): null with FORBIDDEN for anyone else, as for the anonymous public, who read figures by territory in `openPassFigures`, small counts suppressed. */
  funnelBreakdown?: Maybe<FunnelRowConnection>;
  /** The whole breakdown at once, as columns: compact enough for every commune of France in one answer (a map, a CSV). The programme's readers only, as funnelBreakdown. */
  funnelColumns?: Maybe<FunnelColumns>;
  /** The last day the programme's passes may be redeemed when its authority voted a validity extension (funding.programme.amended.v1); null when none was voted, and endsOn is that day. Every pass's validity is capped by it (or by endsOn): on an amendment, passes already in beneficiaries' hands get the validity they would have under the new cap when it is later than theirs (never shorter), and the expiry job and its credit notes follow. */
  passesValidUntil?: Maybe<Scalars['Date']['output']>;
  /** People helped by the programme (one per hand-out) and what their passes cost. For anyone; for callers who do not read this programme, its figures are null whenever open data suppresses the programme's total, as `funnel`'s. */
  peopleHelped: PeopleHelped;
  /** The dashboard's rows: for each key of a breakdown (territories of a level, distributors, places, publics), its funnel with usage rates and the people helped there, by key, from the read models. `first` may go up to 40000. Join names, populations and places through `territory`, `organisation` and `place`. The programme's readers only, as funnelBreakdown. */
  usageBreakdown?: Maybe<UsageRowConnection>;
  /** The same for a whole breakdown at once, as columns (every commune of France in one answer), with populations for territories. The programme's readers only, as funnelBreakdown. */
  usageColumns?: Maybe<UsageColumns>;
};


/** The passes side of a programme. */
export type ProgrammePassesAlertsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** The passes side of a programme. */
export type ProgrammePassesFunnelBreakdownArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  by: FunnelBreakdown;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The passes side of a programme. */
export type ProgrammePassesFunnelColumnsArgs = {
  by: FunnelBreakdown;
};


/** The passes side of a programme. */
export type ProgrammePassesUsageBreakdownArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  by: FunnelBreakdown;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The passes side of a programme. */
export type ProgrammePassesUsageColumnsArgs = {
  by: FunnelBreakdown;
};

export type Query = {
  __typename?: 'Query';
  /** One booklet by id; null when there is none, or when the caller does not read its programme. */
  booklet?: Maybe<Booklet>;
  /** One booklet by its number; null when there is none, or when the caller does not read its programme. */
  bookletByNumber?: Maybe<Booklet>;
  /**
   * Checks a pass (valid? value? until when?) without redeeming it, optionally for a place. A programme's managers check its passes at any place; a place's organisation the passes of the programmes it acts in, at its own places (a key scoped to places, at those); a distributor the passes of the booklets it holds. A pass out of the caller's reach answers as a number that does not exist (UNKNOWN_PASS).
   * Wrong codes and unknown numbers are counted per caller and per pass number: past the limit on either, TOO_MANY_ATTEMPTS (with retryAfterSeconds) for every check and redemption they cover.
   * Errors: UNKNOWN_PASS (no pass with this number and code: a wrong code answers as a number that does not exist; counted against the caller and the number), TOO_MANY_ATTEMPTS, FORBIDDEN (a place that is not the caller's), INVALID_ID.
   */
  checkPass: PassCheck;
  /** Credit notes of a programme, oldest first; empty for a programme the caller does not read. Errors: INVALID_ID. */
  creditNotes: CreditNoteConnection;
  /** Booklets held by a distributor, by number: those of the programmes the caller reads, and for the distributor itself its own (in the programmes it acts in). Any other organisation's list reads as one without booklets. */
  distributorBooklets: BookletConnection;
  /**
   * "Mon pass", for anyone holding a pass: its number and code (or QR payload) tell until when it is valid, for which programme, whether it was used, and where it may be spent — nothing about the person holding it.
   * Wrong codes and numbers that are no pass are counted per caller (an anonymous caller is its address) and per pass number: past 10 in 15 minutes on either, TOO_MANY_ATTEMPTS (extensions.retryAfterSeconds) for 15 minutes.
   * Errors: UNKNOWN_PASS (no pass with this number and code: a wrong code answers exactly as a number that does not exist), TOO_MANY_ATTEMPTS.
   */
  myPass: HolderPass;
  /** The next pass a distributor may hand out in each programme, across all its booklets (the lowest-numbered pass not handed out yet, programmes by name): those of the programmes the caller reads, and for the distributor itself its own (in the programmes it acts in). Programmes that ended or whose accounts are closed are left out. Any other organisation's list reads as empty. Errors: none (a malformed id reads as an organisation without booklets). */
  nextPassesToHandOut: Array<NextPassToHandOut>;
  /**
   * Open data, for anyone: a programme's people helped and passes handed out and redeemed, by région, département, EPCI or commune of residence, with small-count suppression (no published figure describes fewer than `threshold` people, and none can be recomputed from a published total); recomputed at most once a minute. Null when there is no such programme.
   * Errors: BAD_USER_INPUT (level ZONE), INVALID_ID.
   */
  openPassFigures?: Maybe<OpenPassFigures>;
  /** The same level as CSV (RFC 4180, UTF-8; header level,code,name,people_helped,passes_handed_out,passes_redeemed,usage_rate,suppression; the programme's line first; suppressed figures empty). */
  openPassFiguresCsv?: Maybe<Scalars['String']['output']>;
  /** One pass by number; null when there is none, or when the caller does not read its programme. */
  pass?: Maybe<Pass>;
  /** One order; null when there is none, or when the caller does not read its programme (its staff and funders' auditors). */
  passOrder?: Maybe<PassOrder>;
  /** A programme's orders, oldest first; empty for a programme the caller does not read. */
  passOrders: PassOrderConnection;
  /** The passes service's audit trail: every mutation it received, newest first. Programme staff only. */
  passesAuditTrail: AuditEntryConnection;
  /** A place's redemptions, newest first: a place's organisation reads those of its own places (in the programmes it acts in; a key scoped to places, at those), a programme's readers those of their programmes. Any other place's list reads as empty. Errors: INVALID_ID. */
  placeRedemptions: RedemptionConnection;
  /** The passes side of a programme; null until the passes service has learnt of it. */
  programmePasses?: Maybe<ProgrammePasses>;
  /** One statement; null when there is none, or when the caller neither reads its programme nor runs its place. */
  statement?: Maybe<Statement>;
  /** Monthly statements, newest month first: those of the programmes the caller reads, and for a place's organisation its own places' (in the programmes it acts in); filters (month, place, programme) narrow that. Errors: INVALID_ID. */
  statements: StatementConnection;
};


export type QueryBookletArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBookletByNumberArgs = {
  number: Scalars['String']['input'];
};


export type QueryCheckPassArgs = {
  pass: PresentedPassInput;
  placeId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCreditNotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  programmeId: Scalars['ID']['input'];
};


export type QueryDistributorBookletsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organisationId: Scalars['ID']['input'];
};


export type QueryMyPassArgs = {
  pass: PresentedPassInput;
};


export type QueryNextPassesToHandOutArgs = {
  organisationId: Scalars['ID']['input'];
};


export type QueryOpenPassFiguresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  level: TerritoryLevel;
  programmeId: Scalars['ID']['input'];
};


export type QueryOpenPassFiguresCsvArgs = {
  level: TerritoryLevel;
  programmeId: Scalars['ID']['input'];
};


export type QueryPassArgs = {
  number: Scalars['String']['input'];
};


export type QueryPassOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPassOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  programmeId: Scalars['ID']['input'];
};


export type QueryPassesAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPlaceRedemptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  placeId: Scalars['ID']['input'];
};


export type QueryProgrammePassesArgs = {
  programmeId: Scalars['ID']['input'];
};


export type QueryStatementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  month?: InputMaybe<Scalars['String']['input']>;
  placeId?: InputMaybe<Scalars['ID']['input']>;
  programmeId?: InputMaybe<Scalars['ID']['input']>;
};

export type ReallocationPlan = {
  __typename?: 'ReallocationPlan';
  /** Days left to hand passes out (to the programme's end, asOf included). */
  daysLeft: Scalars['Int']['output'];
  /** Best users served first. */
  suggestions: Array<ReallocationSuggestion>;
};

/** Move these booklets: returnBooklets from `from`, then allocateBooklets to `to`. */
export type ReallocationSuggestion = {
  __typename?: 'ReallocationSuggestion';
  /** Booklets of `from` none of whose passes is handed out. */
  bookletIds: Array<Scalars['ID']['output']>;
  /** expectedRedeemed − expectedLostAtSource. */
  expectedGain: Scalars['Int']['output'];
  /** Redemptions `from` loses by giving them: zero while only its surplus moves. */
  expectedLostAtSource: Scalars['Int']['output'];
  /** Passes of these booklets likely to be redeemed once moved: passCount × toUsageRate, rounded. */
  expectedRedeemed: Scalars['Int']['output'];
  from: Organisation;
  /** Passes `from` holds beyond what it will hand out before the end at its recent pace. */
  fromSurplus: Scalars['Int']['output'];
  /** null when `from` handed out fewer than minHandedOut passes. */
  fromUsageRate?: Maybe<Scalars['Float']['output']>;
  passCount: Scalars['Int']['output'];
  to: Organisation;
  /** Passes `to` will hand out before the end at its recent pace beyond the stock it holds. */
  toShortfall: Scalars['Int']['output'];
  toUsageRate: Scalars['Float']['output'];
};

export type RedeemPassInput = {
  /** Chosen by the caller for this redemption (8–128 characters); a retry with the same key returns the first result instead of redeeming again. */
  idempotencyKey: Scalars['String']['input'];
  pass: PresentedPassInput;
  /** The place where the pass is spent, qualified by the pass's programme. */
  placeId: Scalars['ID']['input'];
};

/** A pass spent at a place: the place is owed its face value in its monthly statement. */
export type Redemption = {
  __typename?: 'Redemption';
  /** Until when it may still be cancelled (72 hours after the redemption, while it is in no statement); null when it no longer may. */
  cancellableUntil?: Maybe<Scalars['DateTime']['output']>;
  cancellationReason?: Maybe<Scalars['String']['output']>;
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  faceValue: Money;
  id: Scalars['ID']['output'];
  passNumber: Scalars['String']['output'];
  placeId: Scalars['ID']['output'];
  /** The organisation running the place. */
  placeOrganisation: Organisation;
  /** Why and on which statement its value is taken back, once RECOVERED; null otherwise. */
  recovery?: Maybe<RedemptionRecovery>;
  redeemedAt: Scalars['DateTime']['output'];
  status: RedemptionStatus;
};

export type RedemptionConnection = {
  __typename?: 'RedemptionConnection';
  edges: Array<RedemptionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RedemptionEdge = {
  __typename?: 'RedemptionEdge';
  cursor: Scalars['String']['output'];
  node: Redemption;
};

/** A redemption found invalid after the statement that reimbursed it was paid: the place owes its value back, and its next statement for the programme takes it back (whole recoveries, oldest first, as long as that statement pays at least zero; the rest waits for the one after). Announced as passes.redemption.recovered.v1, and with the statement that takes it back in passes.statement.paid.v2. */
export type RedemptionRecovery = {
  __typename?: 'RedemptionRecovery';
  /** What the place owes back: the redemption's face value. */
  amount: Money;
  id: Scalars['ID']['output'];
  /** The paid statement whose payment included the redemption. */
  paidStatement: Statement;
  passNumber: Scalars['String']['output'];
  /** Why the redemption was found invalid, as programme staff wrote it. */
  reason: Scalars['String']['output'];
  recoveredAt: Scalars['DateTime']['output'];
  /** The place's statement that takes it back; null until one is generated. */
  recoveredOn?: Maybe<Statement>;
  redemption: Redemption;
};

export type RedemptionStatus =
  /** Cancelled by programme staff; the pass became usable again. */
  | 'CANCELLED'
  /** Found invalid after the statement that reimbursed it was paid (recoverRedemption): the place gives its value back on its next statement; the pass became usable again. */
  | 'RECOVERED'
  | 'REDEEMED';

/** An organisation's sandbox (partners' createSandbox): passes adds the test passes it holds. */
export type Sandbox = {
  __typename?: 'Sandbox';
  /** The latest set of test passes, by number, with their verification codes (for trying checkPass, redeemPass and handOut): empty for a moment after the sandbox is opened, until the passes service has learnt of it. Null for anyone but the organisation's own people and SANDBOX keys. */
  passes?: Maybe<Array<SandboxPass>>;
  programmeId: Scalars['ID']['output'];
};

/** A test pass of a sandbox: a pass like any other for the API, counted nowhere. */
export type SandboxPass = {
  __typename?: 'SandboxPass';
  /** The booklet it belongs to (handOut takes it). */
  bookletId: Scalars['ID']['output'];
  /** The verification code printed beside the number on a real pass. */
  code: Scalars['String']['output'];
  faceValue: Money;
  /** 12 digits, the last a Luhn check digit. */
  number: Scalars['String']['output'];
  /** HANDED_OUT: ready to check and redeem; ISSUED: in a booklet of the organisation, to try a hand-out; REDEEMED once redeemed. */
  status: PassStatus;
  /** Last day it may be redeemed; null until handed out. */
  validUntil?: Maybe<Scalars['Date']['output']>;
};

/** What a place is owed for the passes it redeemed in one month, for one programme. Partners adds the bank details it is paid to (payeeBankDetails). */
export type Statement = {
  __typename?: 'Statement';
  /** What it pays the place: grossAmount − recoveredAmount (never below zero). */
  amount: Money;
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  generatedAt: Scalars['DateTime']['output'];
  /** Face value of those passes. */
  grossAmount: Money;
  id: Scalars['ID']['output'];
  /** Every pass redeemed (number, instant, value) and every recovery taken back, as CSV with a header line: statement_id,programme_code,place_id,place_name,month,status,payment_reference,redemption_id,pass_number,redeemed_at,face_value_eur,line,amount_eur,recovery_reason,paid_statement_id. `line` is REDEMPTION (amount_eur its face value) or RECOVERY (amount_eur negative, with its reason and the paid statement it corrects): amount_eur sums to `amount`. */
  justificationCsv: Scalars['String']['output'];
  /** The same as a PDF document, base64-encoded. */
  justificationPdfBase64: Scalars['String']['output'];
  /** The month whose redemptions it covers, YYYY-MM. */
  month: Scalars['String']['output'];
  /** Its number for people (the PDF's, a treasurer's reference): the programme's code, the month, and its rank among the programme's statements of the month, e.g. HDF-PASS-NUMERIQUE-2020-2021-12-0003. */
  number: Scalars['String']['output'];
  paidOn?: Maybe<Scalars['Date']['output']>;
  /** Passes redeemed at the place in the month (for the programme). */
  passCount: Scalars['Int']['output'];
  paymentReference?: Maybe<Scalars['String']['output']>;
  placeId: Scalars['ID']['output'];
  /** The organisation running the place. */
  placeOrganisation: Organisation;
  programme: Programme;
  /** What it takes back for redemptions of earlier paid statements found invalid (recoveries). */
  recoveredAmount: Money;
  /** The recoveries it takes back, oldest first; empty when none. */
  recoveries: Array<RedemptionRecovery>;
  status: StatementStatus;
};

export type StatementConnection = {
  __typename?: 'StatementConnection';
  edges: Array<StatementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StatementEdge = {
  __typename?: 'StatementEdge';
  cursor: Scalars['String']['output'];
  node: Statement;
};

/** What generating a month's statements did. */
export type StatementGeneration = {
  __typename?: 'StatementGeneration';
  /** What they pay: the passes' face value less the recoveries they take back. */
  amount: Money;
  month: Scalars['String']['output'];
  /** Passes they cover. */
  passCount: Scalars['Int']['output'];
  /** Statements of the month, including those generated before. */
  statementCount: Scalars['Int']['output'];
};

/** Where a monthly statement stands. */
export type StatementStatus =
  | 'APPROVED'
  | 'PAID'
  /** Generated; awaiting the programme's approval. */
  | 'PENDING';

/** Why an open-data figure is not published. */
export type Suppression =
  /** It describes 1 to threshold − 1 people. */
  | 'PRIMARY'
  /** Hidden so that another hidden figure cannot be recomputed from a published total. */
  | 'SECONDARY';

/** Publics an order may be restricted to: a situation, or an age group. */
export type TargetPublic =
  | 'EMPLOYED'
  | 'FAR_FROM_EMPLOYMENT'
  | 'INACTIVE'
  | 'JOB_SEEKER'
  | 'OTHER'
  | 'RETIRED'
  /** Aged 60 and over. */
  | 'SENIORS'
  | 'STUDENT'
  /** Aged 16 to 25. */
  | 'YOUNG_PEOPLE';

/** A territory, owned by the territory service; passes adds how its passes are doing. */
export type Territory = {
  __typename?: 'Territory';
  code: Scalars['String']['output'];
  level: TerritoryLevel;
  /**
   * Passes counted in this territory, for one programme or (programmeId omitted) every programme the caller reads. Ordered and activated passes count at their order's perimeter and the territories above it; allocated passes at the distributor's scope and above; handed-out passes and every later stage where the beneficiary lives (commune, EPCI, département, région). Programme readers only (its staff and funders' auditors; null with FORBIDDEN for others: `openPassFigures` publishes figures by territory with small counts suppressed); a programme the caller does not read counts as one that does not exist (zeros, validUntil null).
   * Errors: INVALID_ID.
   */
  passFunnel?: Maybe<PassFunnel>;
};


/** A territory, owned by the territory service; passes adds how its passes are doing. */
export type TerritoryPassFunnelArgs = {
  programmeId?: InputMaybe<Scalars['ID']['input']>;
};

/** Administrative level of a territory. Codes overlap across levels (région 32 ≠ département 32), so a territory is always named by level and code together. */
export type TerritoryLevel =
  | 'COMMUNE'
  | 'DEPARTEMENT'
  | 'EPCI'
  | 'REGION'
  | 'ZONE';

/** A territory named by level and code (as passes refers to it: a perimeter, a scope). */
export type TerritoryRef = {
  __typename?: 'TerritoryRef';
  code: Scalars['String']['output'];
  level: TerritoryLevel;
};

/** A territory named by level and code. */
export type TerritoryRefInput = {
  code: Scalars['String']['input'];
  level: TerritoryLevel;
};

/** A whole breakdown as columns, in key order: the i-th entry of every list belongs to keys[i]. Rates are rounded to 4 decimals. */
export type UsageColumns = {
  __typename?: 'UsageColumns';
  activated: Array<Scalars['Int']['output']>;
  /** redeemed ÷ activated; null where nothing was activated. */
  activatedUsageRate: Array<Maybe<Scalars['Float']['output']>>;
  allocated: Array<Scalars['Int']['output']>;
  by: FunnelBreakdown;
  /** Cost per person helped, in cents (null entries where nobody was helped); null for a breakdown by place. */
  costPerPersonCents?: Maybe<Array<Maybe<Scalars['SafeInt']['output']>>>;
  credited: Array<Scalars['Int']['output']>;
  /** Every column above as one CSV text (RFC 4180, comma-separated, one line per key, in key order), with the header key,ordered,activated,allocated,handed_out,redeemed,reimbursed,expired,credited,usage_rate,activated_usage_rate,people_helped,passes_cost_cents,cost_per_person_cents,population; empty where a figure is null. One string crosses the gateway untouched: the cheapest way to move a whole country. */
  csv: Scalars['String']['output'];
  expired: Array<Scalars['Int']['output']>;
  handedOut: Array<Scalars['Int']['output']>;
  keys: Array<Scalars['String']['output']>;
  ordered: Array<Scalars['Int']['output']>;
  /** What their passes cost, in cents; null for a breakdown by place. */
  passesCostCents?: Maybe<Array<Scalars['SafeInt']['output']>>;
  /** People helped; null for a breakdown by place. */
  peopleHelped?: Maybe<Array<Scalars['SafeInt']['output']>>;
  /** Inhabitants of each territory (zones: the sum of their member communes), from the pinned official geography — the same figures as Territory.population, here so that a whole-country map needs no join of 35,000 entities. Null for distributors, places and publics. */
  population?: Maybe<Array<Maybe<Scalars['Int']['output']>>>;
  redeemed: Array<Scalars['Int']['output']>;
  reimbursed: Array<Scalars['Int']['output']>;
  /** redeemed ÷ handedOut; null where nothing was handed out. */
  usageRate: Array<Maybe<Scalars['Float']['output']>>;
};

/** One key of a breakdown on the dashboard: its funnel (with usage rates) and the people helped there. */
export type UsageRow = {
  __typename?: 'UsageRow';
  funnel: PassFunnel;
  /** The territory code, organisation id, place id or public. */
  key: Scalars['String']['output'];
  /** For a breakdown by distributor. */
  organisation?: Maybe<Organisation>;
  /** Null for a place: a hand-out is tied to where its beneficiary lives, not to where passes are spent. */
  peopleHelped?: Maybe<PeopleHelped>;
  /** For a breakdown by place. */
  place?: Maybe<Place>;
  /** For a breakdown by public. */
  public?: Maybe<TargetPublic>;
  /** For a territorial breakdown: name, population, places and more from the other services. */
  territory?: Maybe<Territory>;
};

/** A page of dashboard rows, by key. `nodes` is `edges` without cursors. */
export type UsageRowConnection = {
  __typename?: 'UsageRowConnection';
  edges: Array<UsageRowEdge>;
  nodes: Array<UsageRow>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type UsageRowEdge = {
  __typename?: 'UsageRowEdge';
  cursor: Scalars['String']['output'];
  node: UsageRow;
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
  Organisation: Organisation;
  Place: Place;
  Programme: Programme;
  Sandbox: Sandbox;
  Territory: Territory;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Organisation:
    ( { __typename: 'Organisation' }
    & GraphQLRecursivePick<FederationTypes['Organisation'], {"id":true}> );
  Place:
    ( { __typename: 'Place' }
    & GraphQLRecursivePick<FederationTypes['Place'], {"id":true}> );
  Programme:
    ( { __typename: 'Programme' }
    & GraphQLRecursivePick<FederationTypes['Programme'], {"id":true}> );
  Sandbox:
    ( { __typename: 'Sandbox' }
    & GraphQLRecursivePick<FederationTypes['Sandbox'], {"programmeId":true}> );
  Territory:
    ( { __typename: 'Territory' }
    & GraphQLRecursivePick<FederationTypes['Territory'], {"level":true,"code":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AgeBand: AgeBand;
  AllocateBookletsInput: AllocateBookletsInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AuditEntryConnection: ResolverTypeWrapper<AuditEntryConnection>;
  AuditEntryEdge: ResolverTypeWrapper<AuditEntryEdge>;
  BeneficiaryProfileInput: BeneficiaryProfileInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BeneficiarySituation: BeneficiarySituation;
  Booklet: ResolverTypeWrapper<BookletEntityModel>;
  BookletConnection: ResolverTypeWrapper<Omit<BookletConnection, 'edges'> & { edges: Array<ResolversTypes['BookletEdge']> }>;
  BookletEdge: ResolverTypeWrapper<Omit<BookletEdge, 'node'> & { node: ResolversTypes['Booklet'] }>;
  BookletState: BookletState;
  CreditNote: ResolverTypeWrapper<CreditNoteEntityModel>;
  CreditNoteConnection: ResolverTypeWrapper<Omit<CreditNoteConnection, 'edges'> & { edges: Array<ResolversTypes['CreditNoteEdge']> }>;
  CreditNoteEdge: ResolverTypeWrapper<Omit<CreditNoteEdge, 'node'> & { node: ResolversTypes['CreditNote'] }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ExpiringPasses: ResolverTypeWrapper<ExpiringPasses>;
  ExpiringPassesAlert: ResolverTypeWrapper<Omit<ExpiringPassesAlert, 'rows'> & { rows: Array<ResolversTypes['ExpiringPassesRow']> }>;
  ExpiringPassesRow: ResolverTypeWrapper<ExpiringRowModel>;
  ExpiryRun: ResolverTypeWrapper<Omit<ExpiryRun, 'creditNotes'> & { creditNotes: Array<ResolversTypes['CreditNote']> }>;
  FunnelBreakdown: FunnelBreakdown;
  FunnelColumns: ResolverTypeWrapper<FunnelColumns>;
  FunnelRow: ResolverTypeWrapper<FunnelRowSourceModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FunnelRowConnection: ResolverTypeWrapper<FunnelRowConnectionSourceModel>;
  FunnelRowEdge: ResolverTypeWrapper<Omit<FunnelRowEdge, 'node'> & { node: ResolversTypes['FunnelRow'] }>;
  Gender: Gender;
  HandOut: ResolverTypeWrapper<HandOutResultModel>;
  HandOutInput: HandOutInput;
  HolderPass: ResolverTypeWrapper<HolderPassModel>;
  HolderPassState: HolderPassState;
  LowUsageAlert: ResolverTypeWrapper<Omit<LowUsageAlert, 'rows'> & { rows: Array<ResolversTypes['UsageRow']> }>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NextPassToHandOut: ResolverTypeWrapper<NextPassRowModel>;
  OpenFigures: ResolverTypeWrapper<OpenFigures>;
  OpenPassFigures: ResolverTypeWrapper<Omit<OpenPassFigures, 'rows'> & { rows: ResolversTypes['OpenTerritoryFiguresConnection'] }>;
  OpenTerritoryFigures: ResolverTypeWrapper<OpenFiguresModel>;
  OpenTerritoryFiguresConnection: ResolverTypeWrapper<Omit<OpenTerritoryFiguresConnection, 'nodes'> & { nodes: Array<ResolversTypes['OpenTerritoryFigures']> }>;
  OrderStatus: OrderStatus;
  Organisation: ResolverTypeWrapper<Omit<Organisation, 'distributorPassFunnel'> & { distributorPassFunnel?: Maybe<ResolversTypes['PassFunnel']> }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Pass: ResolverTypeWrapper<PassEntityModel>;
  PassAlerts: ResolverTypeWrapper<AlertsSourceModel>;
  PassCheck: ResolverTypeWrapper<PassCheckModel>;
  PassFunnel: ResolverTypeWrapper<PassFunnelSourceModel>;
  PassOrder: ResolverTypeWrapper<PassOrderEntityModel>;
  PassOrderConnection: ResolverTypeWrapper<Omit<PassOrderConnection, 'edges'> & { edges: Array<ResolversTypes['PassOrderEdge']> }>;
  PassOrderEdge: ResolverTypeWrapper<Omit<PassOrderEdge, 'node'> & { node: ResolversTypes['PassOrder'] }>;
  PassRefusal: PassRefusal;
  PassStatus: PassStatus;
  PeopleHelped: ResolverTypeWrapper<PeopleHelpedSourceModel>;
  Place: ResolverTypeWrapper<Omit<Place, 'passFunnel'> & { passFunnel?: Maybe<ResolversTypes['PassFunnel']> }>;
  PlaceOrderInput: PlaceOrderInput;
  PlaceWithoutRedemption: ResolverTypeWrapper<PlaceWithoutRedemptionSourceModel>;
  PlaceWithoutRedemptionConnection: ResolverTypeWrapper<Omit<PlaceWithoutRedemptionConnection, 'edges'> & { edges: Array<ResolversTypes['PlaceWithoutRedemptionEdge']> }>;
  PlaceWithoutRedemptionEdge: ResolverTypeWrapper<Omit<PlaceWithoutRedemptionEdge, 'node'> & { node: ResolversTypes['PlaceWithoutRedemption'] }>;
  PresentedPassInput: PresentedPassInput;
  PrintFile: ResolverTypeWrapper<PrintFile>;
  PrintFileExport: ResolverTypeWrapper<PrintFileExport>;
  Programme: ResolverTypeWrapper<Omit<Programme, 'passes'> & { passes?: Maybe<ResolversTypes['ProgrammePasses']> }>;
  ProgrammePasses: ResolverTypeWrapper<ProgrammeEntityModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReallocationPlan: ResolverTypeWrapper<Omit<ReallocationPlan, 'suggestions'> & { suggestions: Array<ResolversTypes['ReallocationSuggestion']> }>;
  ReallocationSuggestion: ResolverTypeWrapper<SuggestionModel>;
  RedeemPassInput: RedeemPassInput;
  Redemption: ResolverTypeWrapper<RedemptionEntityModel>;
  RedemptionConnection: ResolverTypeWrapper<Omit<RedemptionConnection, 'edges'> & { edges: Array<ResolversTypes['RedemptionEdge']> }>;
  RedemptionEdge: ResolverTypeWrapper<Omit<RedemptionEdge, 'node'> & { node: ResolversTypes['Redemption'] }>;
  RedemptionRecovery: ResolverTypeWrapper<RedemptionRecoveryEntityModel>;
  RedemptionStatus: RedemptionStatus;
  SafeInt: ResolverTypeWrapper<Scalars['SafeInt']['output']>;
  Sandbox: ResolverTypeWrapper<Omit<Sandbox, 'passes'> & { passes?: Maybe<Array<ResolversTypes['SandboxPass']>> }>;
  SandboxPass: ResolverTypeWrapper<SandboxPassModel>;
  Statement: ResolverTypeWrapper<StatementEntityModel>;
  StatementConnection: ResolverTypeWrapper<Omit<StatementConnection, 'edges'> & { edges: Array<ResolversTypes['StatementEdge']> }>;
  StatementEdge: ResolverTypeWrapper<Omit<StatementEdge, 'node'> & { node: ResolversTypes['Statement'] }>;
  StatementGeneration: ResolverTypeWrapper<StatementGeneration>;
  StatementStatus: StatementStatus;
  Suppression: Suppression;
  TargetPublic: TargetPublic;
  Territory: ResolverTypeWrapper<Omit<Territory, 'passFunnel'> & { passFunnel?: Maybe<ResolversTypes['PassFunnel']> }>;
  TerritoryLevel: TerritoryLevel;
  TerritoryRef: ResolverTypeWrapper<TerritoryRef>;
  TerritoryRefInput: TerritoryRefInput;
  UsageColumns: ResolverTypeWrapper<UsageColumnsSourceModel>;
  UsageRow: ResolverTypeWrapper<UsageRowSourceModel>;
  UsageRowConnection: ResolverTypeWrapper<Omit<UsageRowConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['UsageRowEdge']>, nodes: Array<ResolversTypes['UsageRow']> }>;
  UsageRowEdge: ResolverTypeWrapper<Omit<UsageRowEdge, 'node'> & { node: ResolversTypes['UsageRow'] }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AllocateBookletsInput: AllocateBookletsInput;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  AuditEntry: AuditEntry;
  String: Scalars['String']['output'];
  AuditEntryConnection: AuditEntryConnection;
  AuditEntryEdge: AuditEntryEdge;
  BeneficiaryProfileInput: BeneficiaryProfileInput;
  Boolean: Scalars['Boolean']['output'];
  Booklet: BookletEntityModel;
  BookletConnection: Omit<BookletConnection, 'edges'> & { edges: Array<ResolversParentTypes['BookletEdge']> };
  BookletEdge: Omit<BookletEdge, 'node'> & { node: ResolversParentTypes['Booklet'] };
  CreditNote: CreditNoteEntityModel;
  CreditNoteConnection: Omit<CreditNoteConnection, 'edges'> & { edges: Array<ResolversParentTypes['CreditNoteEdge']> };
  CreditNoteEdge: Omit<CreditNoteEdge, 'node'> & { node: ResolversParentTypes['CreditNote'] };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  ExpiringPasses: ExpiringPasses;
  ExpiringPassesAlert: Omit<ExpiringPassesAlert, 'rows'> & { rows: Array<ResolversParentTypes['ExpiringPassesRow']> };
  ExpiringPassesRow: ExpiringRowModel;
  ExpiryRun: Omit<ExpiryRun, 'creditNotes'> & { creditNotes: Array<ResolversParentTypes['CreditNote']> };
  FunnelColumns: FunnelColumns;
  FunnelRow: FunnelRowSourceModel;
  Float: Scalars['Float']['output'];
  FunnelRowConnection: FunnelRowConnectionSourceModel;
  FunnelRowEdge: Omit<FunnelRowEdge, 'node'> & { node: ResolversParentTypes['FunnelRow'] };
  HandOut: HandOutResultModel;
  HandOutInput: HandOutInput;
  HolderPass: HolderPassModel;
  LowUsageAlert: Omit<LowUsageAlert, 'rows'> & { rows: Array<ResolversParentTypes['UsageRow']> };
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  NextPassToHandOut: NextPassRowModel;
  OpenFigures: OpenFigures;
  OpenPassFigures: Omit<OpenPassFigures, 'rows'> & { rows: ResolversParentTypes['OpenTerritoryFiguresConnection'] };
  OpenTerritoryFigures: OpenFiguresModel;
  OpenTerritoryFiguresConnection: Omit<OpenTerritoryFiguresConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['OpenTerritoryFigures']> };
  Organisation: Omit<Organisation, 'distributorPassFunnel'> & { distributorPassFunnel?: Maybe<ResolversParentTypes['PassFunnel']> } | FederationReferenceTypes['Organisation'];
  PageInfo: PageInfo;
  Pass: PassEntityModel;
  PassAlerts: AlertsSourceModel;
  PassCheck: PassCheckModel;
  PassFunnel: PassFunnelSourceModel;
  PassOrder: PassOrderEntityModel;
  PassOrderConnection: Omit<PassOrderConnection, 'edges'> & { edges: Array<ResolversParentTypes['PassOrderEdge']> };
  PassOrderEdge: Omit<PassOrderEdge, 'node'> & { node: ResolversParentTypes['PassOrder'] };
  PeopleHelped: PeopleHelpedSourceModel;
  Place: Omit<Place, 'passFunnel'> & { passFunnel?: Maybe<ResolversParentTypes['PassFunnel']> } | FederationReferenceTypes['Place'];
  PlaceOrderInput: PlaceOrderInput;
  PlaceWithoutRedemption: PlaceWithoutRedemptionSourceModel;
  PlaceWithoutRedemptionConnection: Omit<PlaceWithoutRedemptionConnection, 'edges'> & { edges: Array<ResolversParentTypes['PlaceWithoutRedemptionEdge']> };
  PlaceWithoutRedemptionEdge: Omit<PlaceWithoutRedemptionEdge, 'node'> & { node: ResolversParentTypes['PlaceWithoutRedemption'] };
  PresentedPassInput: PresentedPassInput;
  PrintFile: PrintFile;
  PrintFileExport: PrintFileExport;
  Programme: Omit<Programme, 'passes'> & { passes?: Maybe<ResolversParentTypes['ProgrammePasses']> } | FederationReferenceTypes['Programme'];
  ProgrammePasses: ProgrammeEntityModel;
  Query: Record<PropertyKey, never>;
  ReallocationPlan: Omit<ReallocationPlan, 'suggestions'> & { suggestions: Array<ResolversParentTypes['ReallocationSuggestion']> };
  ReallocationSuggestion: SuggestionModel;
  RedeemPassInput: RedeemPassInput;
  Redemption: RedemptionEntityModel;
  RedemptionConnection: Omit<RedemptionConnection, 'edges'> & { edges: Array<ResolversParentTypes['RedemptionEdge']> };
  RedemptionEdge: Omit<RedemptionEdge, 'node'> & { node: ResolversParentTypes['Redemption'] };
  RedemptionRecovery: RedemptionRecoveryEntityModel;
  SafeInt: Scalars['SafeInt']['output'];
  Sandbox: Omit<Sandbox, 'passes'> & { passes?: Maybe<Array<ResolversParentTypes['SandboxPass']>> } | FederationReferenceTypes['Sandbox'];
  SandboxPass: SandboxPassModel;
  Statement: StatementEntityModel;
  StatementConnection: Omit<StatementConnection, 'edges'> & { edges: Array<ResolversParentTypes['StatementEdge']> };
  StatementEdge: Omit<StatementEdge, 'node'> & { node: ResolversParentTypes['Statement'] };
  StatementGeneration: StatementGeneration;
  Territory: Omit<Territory, 'passFunnel'> & { passFunnel?: Maybe<ResolversParentTypes['PassFunnel']> } | FederationReferenceTypes['Territory'];
  TerritoryRef: TerritoryRef;
  TerritoryRefInput: TerritoryRefInput;
  UsageColumns: UsageColumnsSourceModel;
  UsageRow: UsageRowSourceModel;
  UsageRowConnection: Omit<UsageRowConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['UsageRowEdge']>, nodes: Array<ResolversParentTypes['UsageRow']> };
  UsageRowEdge: Omit<UsageRowEdge, 'node'> & { node: ResolversParentTypes['UsageRow'] };
};

export type AuditEntryResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
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

export type AuditEntryConnectionResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type BookletResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['Booklet'] = ResolversParentTypes['Booklet']> = {
  allocatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  distributor?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  expiredCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  handedOutCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['PassOrder'], ParentType, ContextType>;
  passes?: Resolver<Array<ResolversTypes['Pass']>, ParentType, ContextType>;
  redeemedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  started?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['BookletState'], ParentType, ContextType>;
};

export type BookletConnectionResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['BookletConnection'] = ResolversParentTypes['BookletConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BookletEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BookletEdgeResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['BookletEdge'] = ResolversParentTypes['BookletEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Booklet'], ParentType, ContextType>;
};

export type CreditNoteResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['CreditNote'] = ResolversParentTypes['CreditNote']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  buyer?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['PassOrder'], ParentType, ContextType>;
  passCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
};

export type CreditNoteConnectionResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['CreditNoteConnection'] = ResolversParentTypes['CreditNoteConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CreditNoteEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CreditNoteEdgeResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['CreditNoteEdge'] = ResolversParentTypes['CreditNoteEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CreditNote'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ExpiringPassesResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['ExpiringPasses'] = ResolversParentTypes['ExpiringPasses']> = {
  allocatedNotHandedOut?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  endsBy?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  handedOutNotRedeemed?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  horizonDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inStock?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
};

export type ExpiringPassesAlertResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['ExpiringPassesAlert'] = ResolversParentTypes['ExpiringPassesAlert']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ExpiringPassesRow']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totals?: Resolver<Array<ResolversTypes['ExpiringPasses']>, ParentType, ContextType>;
};

export type ExpiringPassesRowResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['ExpiringPassesRow'] = ResolversParentTypes['ExpiringPassesRow']> = {
  horizons?: Resolver<Array<ResolversTypes['ExpiringPasses']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  territory?: Resolver<Maybe<ResolversTypes['Territory']>, ParentType, ContextType>;
};

export type ExpiryRunResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['ExpiryRun'] = ResolversParentTypes['ExpiryRun']> = {
  creditNotes?: Resolver<Array<ResolversTypes['CreditNote']>, ParentType, ContextType>;
  expired?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  runOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type FunnelColumnsResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['FunnelColumns'] = ResolversParentTypes['FunnelColumns']> = {
  activated?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  allocated?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  by?: Resolver<ResolversTypes['FunnelBreakdown'], ParentType, ContextType>;
  credited?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  expired?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  handedOut?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  ordered?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  redeemed?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  reimbursed?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type FunnelRowResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['FunnelRow'] = ResolversParentTypes['FunnelRow']> = {
  activated?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  activatedUsageRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  allocated?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  credited?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  expired?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  handedOut?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ordered?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  public?: Resolver<Maybe<ResolversTypes['TargetPublic']>, ParentType, ContextType>;
  redeemed?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  reimbursed?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  territory?: Resolver<Maybe<ResolversTypes['Territory']>, ParentType, ContextType>;
  usageRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type FunnelRowConnectionResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['FunnelRowConnection'] = ResolversParentTypes['FunnelRowConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FunnelRowEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['FunnelRow']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FunnelRowEdgeResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['FunnelRowEdge'] = ResolversParentTypes['FunnelRowEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FunnelRow'], ParentType, ContextType>;
};

export type HandOutResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['HandOut'] = ResolversParentTypes['HandOut']> = {
  distributor?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  handedOutAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  passCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  passes?: Resolver<Array<ResolversTypes['Pass']>, ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type HolderPassResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['HolderPass'] = ResolversParentTypes['HolderPass']> = {
  faceValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  passNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['HolderPassState'], ParentType, ContextType>;
  usableIn?: Resolver<ResolversTypes['Territory'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type LowUsageAlertResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['LowUsageAlert'] = ResolversParentTypes['LowUsageAlert']> = {
  minHandedOut?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  programmeUsageRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['UsageRow']>, ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cents?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  formatted?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  activateOrder?: Resolver<ResolversTypes['PassOrder'], ParentType, ContextType, RequireFields<MutationActivateOrderArgs, 'orderId' | 'paymentOrderNumber'>>;
  allocateBooklets?: Resolver<Array<ResolversTypes['Booklet']>, ParentType, ContextType, RequireFields<MutationAllocateBookletsArgs, 'input'>>;
  approveStatement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType, RequireFields<MutationApproveStatementArgs, 'statementId'>>;
  cancelRedemption?: Resolver<ResolversTypes['Redemption'], ParentType, ContextType, RequireFields<MutationCancelRedemptionArgs, 'reason' | 'redemptionId'>>;
  exportPrintFile?: Resolver<ResolversTypes['PrintFile'], ParentType, ContextType, RequireFields<MutationExportPrintFileArgs, 'orderId'>>;
  generateStatements?: Resolver<ResolversTypes['StatementGeneration'], ParentType, ContextType, RequireFields<MutationGenerateStatementsArgs, 'month' | 'programmeId'>>;
  handOut?: Resolver<ResolversTypes['HandOut'], ParentType, ContextType, RequireFields<MutationHandOutArgs, 'input'>>;
  markOrderDelivered?: Resolver<ResolversTypes['PassOrder'], ParentType, ContextType, RequireFields<MutationMarkOrderDeliveredArgs, 'orderId'>>;
  markStatementPaid?: Resolver<ResolversTypes['Statement'], ParentType, ContextType, RequireFields<MutationMarkStatementPaidArgs, 'paymentReference' | 'statementId'>>;
  placeOrder?: Resolver<ResolversTypes['PassOrder'], ParentType, ContextType, RequireFields<MutationPlaceOrderArgs, 'input'>>;
  recoverRedemption?: Resolver<ResolversTypes['RedemptionRecovery'], ParentType, ContextType, RequireFields<MutationRecoverRedemptionArgs, 'reason' | 'redemptionId'>>;
  redeemPass?: Resolver<ResolversTypes['Redemption'], ParentType, ContextType, RequireFields<MutationRedeemPassArgs, 'input'>>;
  resetSandboxPasses?: Resolver<ResolversTypes['Sandbox'], ParentType, ContextType, RequireFields<MutationResetSandboxPassesArgs, 'programmeId'>>;
  returnBooklets?: Resolver<Array<ResolversTypes['Booklet']>, ParentType, ContextType, RequireFields<MutationReturnBookletsArgs, 'bookletIds'>>;
  runExpiry?: Resolver<ResolversTypes['ExpiryRun'], ParentType, ContextType, RequireFields<MutationRunExpiryArgs, 'programmeId'>>;
};

export type NextPassToHandOutResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['NextPassToHandOut'] = ResolversParentTypes['NextPassToHandOut']> = {
  availableCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  booklet?: Resolver<ResolversTypes['Booklet'], ParentType, ContextType>;
  passNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
};

export type OpenFiguresResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['OpenFigures'] = ResolversParentTypes['OpenFigures']> = {
  passesHandedOut?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  passesRedeemed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  peopleHelped?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  suppression?: Resolver<Maybe<ResolversTypes['Suppression']>, ParentType, ContextType>;
  usageRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type OpenPassFiguresResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['OpenPassFigures'] = ResolversParentTypes['OpenPassFigures']> = {
  level?: Resolver<ResolversTypes['TerritoryLevel'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['OpenFigures'], ParentType, ContextType>;
  programmeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['OpenTerritoryFiguresConnection'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OpenTerritoryFiguresResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['OpenTerritoryFigures'] = ResolversParentTypes['OpenTerritoryFigures']> = {
  passesHandedOut?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  passesRedeemed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  peopleHelped?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  suppression?: Resolver<Maybe<ResolversTypes['Suppression']>, ParentType, ContextType>;
  territory?: Resolver<ResolversTypes['Territory'], ParentType, ContextType>;
  usageRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type OpenTerritoryFiguresConnectionResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['OpenTerritoryFiguresConnection'] = ResolversParentTypes['OpenTerritoryFiguresConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['OpenTerritoryFigures']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation'], FederationReferenceType extends FederationReferenceTypes['Organisation'] = FederationReferenceTypes['Organisation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organisation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  distributorPassFunnel?: Resolver<Maybe<ResolversTypes['PassFunnel']>, ParentType, ContextType, Partial<OrganisationDistributorPassFunnelArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PassResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['Pass'] = ResolversParentTypes['Pass']> = {
  booklet?: Resolver<ResolversTypes['Booklet'], ParentType, ContextType>;
  faceValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PassStatus'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type PassAlertsResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['PassAlerts'] = ResolversParentTypes['PassAlerts']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  expiringPasses?: Resolver<ResolversTypes['ExpiringPassesAlert'], ParentType, ContextType, RequireFields<PassAlertsExpiringPassesArgs, 'by' | 'first' | 'horizons'>>;
  lowUsage?: Resolver<ResolversTypes['LowUsageAlert'], ParentType, ContextType, RequireFields<PassAlertsLowUsageArgs, 'below' | 'by' | 'first' | 'minHandedOut'>>;
  placesWithoutRedemption?: Resolver<ResolversTypes['PlaceWithoutRedemptionConnection'], ParentType, ContextType, RequireFields<PassAlertsPlacesWithoutRedemptionArgs, 'first'>>;
  reallocationSuggestions?: Resolver<ResolversTypes['ReallocationPlan'], ParentType, ContextType, RequireFields<PassAlertsReallocationSuggestionsArgs, 'demandWindowDays' | 'first' | 'lowUsageBelow' | 'minHandedOut'>>;
};

export type PassCheckResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['PassCheck'] = ResolversParentTypes['PassCheck']> = {
  faceValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  passNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  redeemable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  refusal?: Resolver<Maybe<ResolversTypes['PassRefusal']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PassStatus'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type PassFunnelResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['PassFunnel'] = ResolversParentTypes['PassFunnel']> = {
  activated?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  activatedUsageRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  allocated?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  credited?: Resolver<Maybe<ResolversTypes['SafeInt']>, ParentType, ContextType>;
  expired?: Resolver<Maybe<ResolversTypes['SafeInt']>, ParentType, ContextType>;
  handedOut?: Resolver<Maybe<ResolversTypes['SafeInt']>, ParentType, ContextType>;
  ordered?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  redeemed?: Resolver<Maybe<ResolversTypes['SafeInt']>, ParentType, ContextType>;
  reimbursed?: Resolver<Maybe<ResolversTypes['SafeInt']>, ParentType, ContextType>;
  usageRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type PassOrderResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['PassOrder'] = ResolversParentTypes['PassOrder']> = {
  activatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  bookletCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  bookletSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  booklets?: Resolver<ResolversTypes['BookletConnection'], ParentType, ContextType, RequireFields<PassOrderBookletsArgs, 'first'>>;
  buyer?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  faceValueTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  fee?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  feeRateBasisPoints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operator?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  passCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  passFaceValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  paymentOrderNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  perimeter?: Resolver<ResolversTypes['TerritoryRef'], ParentType, ContextType>;
  placedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  printFileExport?: Resolver<Maybe<ResolversTypes['PrintFileExport']>, ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  targetPublics?: Resolver<Array<ResolversTypes['TargetPublic']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type PassOrderConnectionResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['PassOrderConnection'] = ResolversParentTypes['PassOrderConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PassOrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PassOrderEdgeResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['PassOrderEdge'] = ResolversParentTypes['PassOrderEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PassOrder'], ParentType, ContextType>;
};

export type PeopleHelpedResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['PeopleHelped'] = ResolversParentTypes['PeopleHelped']> = {
  costPerPerson?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['SafeInt']>, ParentType, ContextType>;
  passesCost?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
};

export type PlaceResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place'], FederationReferenceType extends FederationReferenceTypes['Place'] = FederationReferenceTypes['Place']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Place']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  passFunnel?: Resolver<Maybe<ResolversTypes['PassFunnel']>, ParentType, ContextType, Partial<PlacePassFunnelArgs>>;
};

export type PlaceWithoutRedemptionResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['PlaceWithoutRedemption'] = ResolversParentTypes['PlaceWithoutRedemption']> = {
  commune?: Resolver<ResolversTypes['Territory'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  place?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
};

export type PlaceWithoutRedemptionConnectionResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['PlaceWithoutRedemptionConnection'] = ResolversParentTypes['PlaceWithoutRedemptionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PlaceWithoutRedemptionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlaceWithoutRedemptionEdgeResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['PlaceWithoutRedemptionEdge'] = ResolversParentTypes['PlaceWithoutRedemptionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PlaceWithoutRedemption'], ParentType, ContextType>;
};

export type PrintFileResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['PrintFile'] = ResolversParentTypes['PrintFile']> = {
  csv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  exportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  passCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PrintFileExportResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['PrintFileExport'] = ResolversParentTypes['PrintFileExport']> = {
  exportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  exportedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  passCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProgrammeResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['Programme'] = ResolversParentTypes['Programme'], FederationReferenceType extends FederationReferenceTypes['Programme'] = FederationReferenceTypes['Programme']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Programme']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  passes?: Resolver<Maybe<ResolversTypes['ProgrammePasses']>, ParentType, ContextType>;
};

export type ProgrammePassesResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['ProgrammePasses'] = ResolversParentTypes['ProgrammePasses']> = {
  alerts?: Resolver<Maybe<ResolversTypes['PassAlerts']>, ParentType, ContextType, Partial<ProgrammePassesAlertsArgs>>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  funnel?: Resolver<ResolversTypes['PassFunnel'], ParentType, ContextType>;
  funnelBreakdown?: Resolver<Maybe<ResolversTypes['FunnelRowConnection']>, ParentType, ContextType, RequireFields<ProgrammePassesFunnelBreakdownArgs, 'by' | 'first'>>;
  funnelColumns?: Resolver<Maybe<ResolversTypes['FunnelColumns']>, ParentType, ContextType, RequireFields<ProgrammePassesFunnelColumnsArgs, 'by'>>;
  passesValidUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  peopleHelped?: Resolver<ResolversTypes['PeopleHelped'], ParentType, ContextType>;
  usageBreakdown?: Resolver<Maybe<ResolversTypes['UsageRowConnection']>, ParentType, ContextType, RequireFields<ProgrammePassesUsageBreakdownArgs, 'by' | 'first'>>;
  usageColumns?: Resolver<Maybe<ResolversTypes['UsageColumns']>, ParentType, ContextType, RequireFields<ProgrammePassesUsageColumnsArgs, 'by'>>;
};

export type QueryResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  booklet?: Resolver<Maybe<ResolversTypes['Booklet']>, ParentType, ContextType, RequireFields<QueryBookletArgs, 'id'>>;
  bookletByNumber?: Resolver<Maybe<ResolversTypes['Booklet']>, ParentType, ContextType, RequireFields<QueryBookletByNumberArgs, 'number'>>;
  checkPass?: Resolver<ResolversTypes['PassCheck'], ParentType, ContextType, RequireFields<QueryCheckPassArgs, 'pass'>>;
  creditNotes?: Resolver<ResolversTypes['CreditNoteConnection'], ParentType, ContextType, RequireFields<QueryCreditNotesArgs, 'first' | 'programmeId'>>;
  distributorBooklets?: Resolver<ResolversTypes['BookletConnection'], ParentType, ContextType, RequireFields<QueryDistributorBookletsArgs, 'first' | 'organisationId'>>;
  myPass?: Resolver<ResolversTypes['HolderPass'], ParentType, ContextType, RequireFields<QueryMyPassArgs, 'pass'>>;
  nextPassesToHandOut?: Resolver<Array<ResolversTypes['NextPassToHandOut']>, ParentType, ContextType, RequireFields<QueryNextPassesToHandOutArgs, 'organisationId'>>;
  openPassFigures?: Resolver<Maybe<ResolversTypes['OpenPassFigures']>, ParentType, ContextType, RequireFields<QueryOpenPassFiguresArgs, 'first' | 'level' | 'programmeId'>>;
  openPassFiguresCsv?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<QueryOpenPassFiguresCsvArgs, 'level' | 'programmeId'>>;
  pass?: Resolver<Maybe<ResolversTypes['Pass']>, ParentType, ContextType, RequireFields<QueryPassArgs, 'number'>>;
  passOrder?: Resolver<Maybe<ResolversTypes['PassOrder']>, ParentType, ContextType, RequireFields<QueryPassOrderArgs, 'id'>>;
  passOrders?: Resolver<ResolversTypes['PassOrderConnection'], ParentType, ContextType, RequireFields<QueryPassOrdersArgs, 'first' | 'programmeId'>>;
  passesAuditTrail?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryPassesAuditTrailArgs, 'first'>>;
  placeRedemptions?: Resolver<ResolversTypes['RedemptionConnection'], ParentType, ContextType, RequireFields<QueryPlaceRedemptionsArgs, 'first' | 'placeId'>>;
  programmePasses?: Resolver<Maybe<ResolversTypes['ProgrammePasses']>, ParentType, ContextType, RequireFields<QueryProgrammePassesArgs, 'programmeId'>>;
  statement?: Resolver<Maybe<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<QueryStatementArgs, 'id'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<QueryStatementsArgs, 'first'>>;
};

export type ReallocationPlanResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['ReallocationPlan'] = ResolversParentTypes['ReallocationPlan']> = {
  daysLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  suggestions?: Resolver<Array<ResolversTypes['ReallocationSuggestion']>, ParentType, ContextType>;
};

export type ReallocationSuggestionResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['ReallocationSuggestion'] = ResolversParentTypes['ReallocationSuggestion']> = {
  bookletIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  expectedGain?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expectedLostAtSource?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expectedRedeemed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  fromSurplus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fromUsageRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  passCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  toShortfall?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  toUsageRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type RedemptionResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['Redemption'] = ResolversParentTypes['Redemption']> = {
  cancellableUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  cancellationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  faceValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  passNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  placeOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  recovery?: Resolver<Maybe<ResolversTypes['RedemptionRecovery']>, ParentType, ContextType>;
  redeemedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RedemptionStatus'], ParentType, ContextType>;
};

export type RedemptionConnectionResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['RedemptionConnection'] = ResolversParentTypes['RedemptionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RedemptionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RedemptionEdgeResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['RedemptionEdge'] = ResolversParentTypes['RedemptionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Redemption'], ParentType, ContextType>;
};

export type RedemptionRecoveryResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['RedemptionRecovery'] = ResolversParentTypes['RedemptionRecovery']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paidStatement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
  passNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recoveredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recoveredOn?: Resolver<Maybe<ResolversTypes['Statement']>, ParentType, ContextType>;
  redemption?: Resolver<ResolversTypes['Redemption'], ParentType, ContextType>;
};

export interface SafeIntScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['SafeInt'], any> {
  name: 'SafeInt';
}

export type SandboxResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['Sandbox'] = ResolversParentTypes['Sandbox'], FederationReferenceType extends FederationReferenceTypes['Sandbox'] = FederationReferenceTypes['Sandbox']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Sandbox']> | FederationReferenceType, FederationReferenceType, ContextType>;
  passes?: Resolver<Maybe<Array<ResolversTypes['SandboxPass']>>, ParentType, ContextType>;
  programmeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SandboxPassResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['SandboxPass'] = ResolversParentTypes['SandboxPass']> = {
  bookletId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  faceValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PassStatus'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type StatementResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  approvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  generatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  grossAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  justificationCsv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  justificationPdfBase64?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paidOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  passCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paymentReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  placeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  placeOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  recoveredAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  recoveries?: Resolver<Array<ResolversTypes['RedemptionRecovery']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StatementStatus'], ParentType, ContextType>;
};

export type StatementConnectionResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['StatementConnection'] = ResolversParentTypes['StatementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StatementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatementEdgeResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['StatementEdge'] = ResolversParentTypes['StatementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
};

export type StatementGenerationResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['StatementGeneration'] = ResolversParentTypes['StatementGeneration']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  passCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statementCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TerritoryResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['Territory'] = ResolversParentTypes['Territory'], FederationReferenceType extends FederationReferenceTypes['Territory'] = FederationReferenceTypes['Territory']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Territory']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['TerritoryLevel'], ParentType, ContextType>;
  passFunnel?: Resolver<Maybe<ResolversTypes['PassFunnel']>, ParentType, ContextType, Partial<TerritoryPassFunnelArgs>>;
};

export type TerritoryRefResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['TerritoryRef'] = ResolversParentTypes['TerritoryRef']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['TerritoryLevel'], ParentType, ContextType>;
};

export type UsageColumnsResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['UsageColumns'] = ResolversParentTypes['UsageColumns']> = {
  activated?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  activatedUsageRate?: Resolver<Array<Maybe<ResolversTypes['Float']>>, ParentType, ContextType>;
  allocated?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  by?: Resolver<ResolversTypes['FunnelBreakdown'], ParentType, ContextType>;
  costPerPersonCents?: Resolver<Maybe<Array<Maybe<ResolversTypes['SafeInt']>>>, ParentType, ContextType>;
  credited?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  csv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expired?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  handedOut?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  ordered?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  passesCostCents?: Resolver<Maybe<Array<ResolversTypes['SafeInt']>>, ParentType, ContextType>;
  peopleHelped?: Resolver<Maybe<Array<ResolversTypes['SafeInt']>>, ParentType, ContextType>;
  population?: Resolver<Maybe<Array<Maybe<ResolversTypes['Int']>>>, ParentType, ContextType>;
  redeemed?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  reimbursed?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  usageRate?: Resolver<Array<Maybe<ResolversTypes['Float']>>, ParentType, ContextType>;
};

export type UsageRowResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['UsageRow'] = ResolversParentTypes['UsageRow']> = {
  funnel?: Resolver<ResolversTypes['PassFunnel'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  peopleHelped?: Resolver<Maybe<ResolversTypes['PeopleHelped']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  public?: Resolver<Maybe<ResolversTypes['TargetPublic']>, ParentType, ContextType>;
  territory?: Resolver<Maybe<ResolversTypes['Territory']>, ParentType, ContextType>;
};

export type UsageRowConnectionResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['UsageRowConnection'] = ResolversParentTypes['UsageRowConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UsageRowEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['UsageRow']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UsageRowEdgeResolvers<ContextType = PassesContext, ParentType extends ResolversParentTypes['UsageRowEdge'] = ResolversParentTypes['UsageRowEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['UsageRow'], ParentType, ContextType>;
};

export type Resolvers<ContextType = PassesContext> = {
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  Booklet?: BookletResolvers<ContextType>;
  BookletConnection?: BookletConnectionResolvers<ContextType>;
  BookletEdge?: BookletEdgeResolvers<ContextType>;
  CreditNote?: CreditNoteResolvers<ContextType>;
  CreditNoteConnection?: CreditNoteConnectionResolvers<ContextType>;
  CreditNoteEdge?: CreditNoteEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  ExpiringPasses?: ExpiringPassesResolvers<ContextType>;
  ExpiringPassesAlert?: ExpiringPassesAlertResolvers<ContextType>;
  ExpiringPassesRow?: ExpiringPassesRowResolvers<ContextType>;
  ExpiryRun?: ExpiryRunResolvers<ContextType>;
  FunnelColumns?: FunnelColumnsResolvers<ContextType>;
  FunnelRow?: FunnelRowResolvers<ContextType>;
  FunnelRowConnection?: FunnelRowConnectionResolvers<ContextType>;
  FunnelRowEdge?: FunnelRowEdgeResolvers<ContextType>;
  HandOut?: HandOutResolvers<ContextType>;
  HolderPass?: HolderPassResolvers<ContextType>;
  LowUsageAlert?: LowUsageAlertResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NextPassToHandOut?: NextPassToHandOutResolvers<ContextType>;
  OpenFigures?: OpenFiguresResolvers<ContextType>;
  OpenPassFigures?: OpenPassFiguresResolvers<ContextType>;
  OpenTerritoryFigures?: OpenTerritoryFiguresResolvers<ContextType>;
  OpenTerritoryFiguresConnection?: OpenTerritoryFiguresConnectionResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Pass?: PassResolvers<ContextType>;
  PassAlerts?: PassAlertsResolvers<ContextType>;
  PassCheck?: PassCheckResolvers<ContextType>;
  PassFunnel?: PassFunnelResolvers<ContextType>;
  PassOrder?: PassOrderResolvers<ContextType>;
  PassOrderConnection?: PassOrderConnectionResolvers<ContextType>;
  PassOrderEdge?: PassOrderEdgeResolvers<ContextType>;
  PeopleHelped?: PeopleHelpedResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  PlaceWithoutRedemption?: PlaceWithoutRedemptionResolvers<ContextType>;
  PlaceWithoutRedemptionConnection?: PlaceWithoutRedemptionConnectionResolvers<ContextType>;
  PlaceWithoutRedemptionEdge?: PlaceWithoutRedemptionEdgeResolvers<ContextType>;
  PrintFile?: PrintFileResolvers<ContextType>;
  PrintFileExport?: PrintFileExportResolvers<ContextType>;
  Programme?: ProgrammeResolvers<ContextType>;
  ProgrammePasses?: ProgrammePassesResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReallocationPlan?: ReallocationPlanResolvers<ContextType>;
  ReallocationSuggestion?: ReallocationSuggestionResolvers<ContextType>;
  Redemption?: RedemptionResolvers<ContextType>;
  RedemptionConnection?: RedemptionConnectionResolvers<ContextType>;
  RedemptionEdge?: RedemptionEdgeResolvers<ContextType>;
  RedemptionRecovery?: RedemptionRecoveryResolvers<ContextType>;
  SafeInt?: GraphQLScalarType;
  Sandbox?: SandboxResolvers<ContextType>;
  SandboxPass?: SandboxPassResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  StatementEdge?: StatementEdgeResolvers<ContextType>;
  StatementGeneration?: StatementGenerationResolvers<ContextType>;
  Territory?: TerritoryResolvers<ContextType>;
  TerritoryRef?: TerritoryRefResolvers<ContextType>;
  UsageColumns?: UsageColumnsResolvers<ContextType>;
  UsageRow?: UsageRowResolvers<ContextType>;
  UsageRowConnection?: UsageRowConnectionResolvers<ContextType>;
  UsageRowEdge?: UsageRowEdgeResolvers<ContextType>;
};

