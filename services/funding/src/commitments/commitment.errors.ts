// The closed set of codes this module raises, besides the kernel's common ones.
import { DomainError, type DomainErrorDetails } from '@pass-numerique/kernel';

export type CommitmentErrorCode =
  /** Commitments would exceed their authorisation (net of reductions). */
  | 'COMMITMENTS_EXCEED_AUTHORISATION'
  /** Payments would exceed their commitment (net of reductions and refunds). */
  | 'PAYMENTS_EXCEED_COMMITMENT'
  /** A reduction larger than what remains committed. */
  | 'REDUCTION_EXCEEDS_COMMITMENT'
  /** A reduction releases what is unpaid only; money already paid comes back as a receipt. */
  | 'REDUCTION_EXCEEDS_UNPAID'
  /** A receipt gives back money paid: never more than the commitment has paid, net of earlier receipts. */
  | 'RECEIPTS_EXCEED_PAYMENTS'
  /** Nothing may be given back before it was paid. */
  | 'RECEIPT_BEFORE_PAYMENT'
  /** A recovery says why the money came back. */
  | 'REASON_REQUIRED'
  /** A correction after payment names a payment of the same commitment. */
  | 'CORRECTED_PAYMENT_NOT_OF_COMMITMENT'
  /** A closed programme takes no more commitments or payments. */
  | 'PROGRAMME_CLOSED'
  /** A pass order's amount is its face value plus the fee, to the cent. */
  | 'PASS_ORDER_AMOUNT_MISMATCH'
  /** Nothing may be committed before the deliberation that authorised it. */
  | 'COMMITMENT_BEFORE_DECISION'
  /** Nothing may be paid before it was committed. */
  | 'PAYMENT_BEFORE_COMMITMENT'
  /** Nothing may be reduced before it was committed. */
  | 'REDUCTION_BEFORE_COMMITMENT'
  /** The budget year is the date's year (or the year before, in January). */
  | 'BUDGET_YEAR_MISMATCH';

export class CommitmentError extends DomainError<CommitmentErrorCode> {
  constructor(code: CommitmentErrorCode, message: string, details?: DomainErrorDetails) {
    super(code, message, details);
  }
}
