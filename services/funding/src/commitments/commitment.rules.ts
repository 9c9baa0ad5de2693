// The rules of hand-entered commitments, payments, receipts and reductions, as pure functions:
// each command checked whole, before anything is read, into the draft the service writes. The
// ceilings (an authorisation, a commitment) need the locked sums: the service checks those.
import { DomainError, parseEuros, parseId } from '@pass-numerique/kernel';
import { budgetYearFor, checkDate } from '../budget-calendar';
import { checkedAmount } from '../amounts';
import { optionalText, requiredText } from '../texts';
import { COMMITMENT_KINDS, RECEIPT_KINDS, type CommitmentKind, type ReceiptKind } from './commitment.entity';
import { CommitmentError } from './commitment.errors';

export interface CommitmentDraft {
  id?: string;
  kind: CommitmentKind;
  reference: string;
  description: string | null;
  committedOn: string;
  budgetYear: number;
  amountCents: number;
  faceValueCents: number | null;
  feeCents: number | null;
  passCount: number | null;
  orderId: string | null;
  sourceEventId: string | null;
}

export interface PaymentDraft {
  id?: string;
  paymentOrderNumber: string;
  paidOn: string;
  budgetYear: number;
  invoiceReference: string | null;
  federEligible: boolean;
  amountCents: number;
  payeeOrganisationId: string | null;
  payeeName: string | null;
  sourceEventId: string | null;
}

export interface ReductionDraft {
  id?: string;
  amountCents: number;
  reducedOn: string;
  budgetYear: number;
  reference: string;
  /** Null: eligible when the commitment's payments were (what comes back with it gives back what was paid). */
  federEligible: boolean | null;
  passCount: number | null;
  creditNoteId: string | null;
  sourceEventId: string | null;
}

export interface ReceiptDraft {
  id?: string;
  kind: ReceiptKind;
  titleNumber: string | null;
  issuedOn: string;
  budgetYear: number;
  amountCents: number;
  /** Null: eligible when the commitment's payments were. */
  federEligible: boolean | null;
  payerOrganisationId: string | null;
  payerName: string | null;
  reference: string;
  reason: string | null;
  passCount: number | null;
  creditNoteId: string | null;
  correctedPaymentId: string | null;
  /** A recovery of the passes service, taken back by a place's statement. */
  recoveryId: string | null;
  sourceEventId: string | null;
}

/** A credit note of the passes service: the order goes down by its amount; what had been paid of it comes back as a receipt. */
export interface CreditDraft {
  amountCents: number;
  creditedOn: string;
  budgetYear: number;
  reference: string;
  passCount: number;
  creditNoteId: string;
  payerOrganisationId: string | null;
  sourceEventId: string;
}

export interface RecordCommitmentCommand {
  id?: string;
  authorisationId: string;
  kind: CommitmentKind;
  reference: string;
  description?: string | null;
  committedOn: string;
  budgetYear?: number | null;
  amount?: string | null;
  faceValue?: string | null;
  fee?: string | null;
  passCount?: number | null;
}

export interface RecordPaymentCommand {
  id?: string;
  commitmentId: string;
  paymentOrderNumber: string;
  paidOn: string;
  budgetYear?: number | null;
  invoiceReference?: string | null;
  federEligible: boolean;
  amount: string;
  payeeOrganisationId?: string | null;
  payeeName?: string | null;
}

export interface RecordReductionCommand {
  commitmentId: string;
  amount: string;
  reducedOn: string;
  budgetYear?: number | null;
  reference: string;
  federEligible?: boolean | null;
}

export interface RecordReceiptCommand {
  id?: string;
  commitmentId: string;
  kind: ReceiptKind;
  titleNumber?: string | null;
  issuedOn: string;
  budgetYear?: number | null;
  amount: string;
  federEligible?: boolean | null;
  payerOrganisationId?: string | null;
  payerName?: string | null;
  reference: string;
  reason?: string | null;
  passCount?: number | null;
  releasesCommitment?: boolean | null;
  correctsPaymentId?: string | null;
}

/** Checks a hand-entered commitment; a pass order's amount is its face value plus the fee. */
export function validateCommitment(command: RecordCommitmentCommand): { authorisationId: string; draft: CommitmentDraft } {
  const authorisationId = parseId(command.authorisationId, 'authorisationId');
  if (command.id) parseId(command.id, 'id');
  if (!COMMITMENT_KINDS.includes(command.kind)) throw new DomainError('BAD_USER_INPUT', `unknown kind ${command.kind}`, { field: 'kind' });
  const reference = requiredText(command.reference, 'reference', 200);
  const description = optionalText(command.description, 'description', 2_000);
  const committedOn = checkDate(command.committedOn, 'committedOn');
  const budgetYear = budgetYearFor(committedOn, command.budgetYear, 'budgetYear');
  let amountCents: number;
  let faceValueCents: number | null = null;
  let feeCents: number | null = null;
  let passCount: number | null = null;
  if (command.kind === 'PASS_ORDER') {
    if (!command.faceValue) throw new DomainError('BAD_USER_INPUT', 'a pass order states its face value', { field: 'faceValue' });
    if (!command.fee) throw new DomainError('BAD_USER_INPUT', "a pass order states the operator's fee (0 when none)", { field: 'fee' });
    faceValueCents = checkedAmount(command.faceValue, 'faceValue', false);
    feeCents = checkedAmount(command.fee, 'fee', false);
    amountCents = faceValueCents + feeCents;
    if (command.amount && checkedAmount(command.amount, 'amount', false) !== amountCents) {
      throw new CommitmentError('PASS_ORDER_AMOUNT_MISMATCH', `a pass order commits its face value plus the fee: ${amountCents} cents, not ${parseEuros(command.amount)}`, {
        field: 'amount',
        expectedCents: amountCents,
      });
    }
    if (amountCents === 0) throw new DomainError('INVALID_AMOUNT', 'a commitment must be positive', { field: 'faceValue' });
    if (command.passCount !== null && command.passCount !== undefined) {
      if (!Number.isInteger(command.passCount) || command.passCount < 0) throw new DomainError('BAD_USER_INPUT', 'passCount must be a whole number', { field: 'passCount' });
      passCount = command.passCount;
    }
  } else {
    if (command.faceValue || command.fee || (command.passCount !== null && command.passCount !== undefined)) {
      throw new DomainError('BAD_USER_INPUT', 'face value, fee and pass count belong to pass orders only', { field: command.faceValue ? 'faceValue' : command.fee ? 'fee' : 'passCount' });
    }
    if (!command.amount) throw new DomainError('BAD_USER_INPUT', 'amount is required', { field: 'amount' });
    amountCents = checkedAmount(command.amount, 'amount', true);
  }
  return {
    authorisationId,
    draft: {
      id: command.id?.toLowerCase(),
      kind: command.kind,
      reference,
      description,
      committedOn,
      budgetYear,
      amountCents,
      faceValueCents,
      feeCents,
      passCount,
      orderId: null,
      sourceEventId: null,
    },
  };
}

export function validatePayment(command: RecordPaymentCommand): { commitmentId: string; draft: PaymentDraft } {
  const commitmentId = parseId(command.commitmentId, 'commitmentId');
  if (command.id) parseId(command.id, 'id');
  const paidOn = checkDate(command.paidOn, 'paidOn');
  if (typeof command.federEligible !== 'boolean') throw new DomainError('BAD_USER_INPUT', 'federEligible must be stated', { field: 'federEligible' });
  return {
    commitmentId,
    draft: {
      id: command.id?.toLowerCase(),
      paymentOrderNumber: requiredText(command.paymentOrderNumber, 'paymentOrderNumber', 64),
      paidOn,
      budgetYear: budgetYearFor(paidOn, command.budgetYear, 'budgetYear'),
      invoiceReference: optionalText(command.invoiceReference, 'invoiceReference', 200),
      federEligible: command.federEligible,
      amountCents: checkedAmount(command.amount, 'amount', true),
      payeeOrganisationId: command.payeeOrganisationId ? parseId(command.payeeOrganisationId, 'payeeOrganisationId').toLowerCase() : null,
      payeeName: optionalText(command.payeeName, 'payeeName', 300),
      sourceEventId: null,
    },
  };
}

export function validateReceipt(command: RecordReceiptCommand): { commitmentId: string; draft: ReceiptDraft; releasesCommitment: boolean } {
  const commitmentId = parseId(command.commitmentId, 'commitmentId');
  if (command.id) parseId(command.id, 'id');
  if (!RECEIPT_KINDS.includes(command.kind)) throw new DomainError('BAD_USER_INPUT', `unknown kind ${command.kind}`, { field: 'kind' });
  const issuedOn = checkDate(command.issuedOn, 'issuedOn');
  const reason = optionalText(command.reason, 'reason', 2_000);
  if (command.kind === 'RECOVERY' && reason === null) {
    throw new CommitmentError('REASON_REQUIRED', 'a recovery says why the money comes back', { field: 'reason' });
  }
  if (command.passCount !== null && command.passCount !== undefined && (!Number.isInteger(command.passCount) || command.passCount < 0)) {
    throw new DomainError('BAD_USER_INPUT', 'passCount must be a whole number', { field: 'passCount' });
  }
  return {
    commitmentId,
    releasesCommitment: command.releasesCommitment === true,
    draft: {
      id: command.id?.toLowerCase(),
      kind: command.kind,
      titleNumber: optionalText(command.titleNumber, 'titleNumber', 64),
      issuedOn,
      budgetYear: budgetYearFor(issuedOn, command.budgetYear, 'budgetYear'),
      amountCents: checkedAmount(command.amount, 'amount', true),
      federEligible: command.federEligible ?? null,
      payerOrganisationId: command.payerOrganisationId ? parseId(command.payerOrganisationId, 'payerOrganisationId').toLowerCase() : null,
      payerName: optionalText(command.payerName, 'payerName', 300),
      reference: requiredText(command.reference, 'reference', 200),
      reason,
      passCount: command.passCount ?? null,
      creditNoteId: null,
      correctedPaymentId: command.correctsPaymentId ? parseId(command.correctsPaymentId, 'correctsPaymentId').toLowerCase() : null,
      recoveryId: null,
      sourceEventId: null,
    },
  };
}

export function validateReduction(command: RecordReductionCommand): { commitmentId: string; draft: ReductionDraft } {
  const commitmentId = parseId(command.commitmentId, 'commitmentId');
  const reducedOn = checkDate(command.reducedOn, 'reducedOn');
  return {
    commitmentId,
    draft: {
      amountCents: checkedAmount(command.amount, 'amount', true),
      reducedOn,
      budgetYear: budgetYearFor(reducedOn, command.budgetYear, 'budgetYear'),
      reference: requiredText(command.reference, 'reference', 200),
      federEligible: command.federEligible ?? null,
      passCount: null,
      creditNoteId: null,
      sourceEventId: null,
    },
  };
}
