// The closed set of codes this module raises, besides the kernel's common ones.
import { DomainError, type DomainErrorDetails } from '@pass-numerique/kernel';

export type ProgrammeErrorCode =
  | 'PROGRAMME_CODE_TAKEN'
  | 'SCHEDULE_DOES_NOT_SUM'
  | 'INVALID_PERIOD'
  | 'INVALID_VOTE'
  /** The settlement model can change only while the programme has no commitment. */
  | 'SETTLEMENT_MODEL_LOCKED'
  /** A perimeter's code is not a code of its level (a ZONE is named by the zone's id). */
  | 'INVALID_PERIMETER'
  /** Only an adopted deliberation changes a programme. */
  | 'DELIBERATION_NOT_ADOPTED'
  /** A programme's deliberations follow each other: a new one may not predate its latest. */
  | 'DELIBERATION_OUT_OF_ORDER'
  /** An amendment may not bring an authorisation below what is committed against it. */
  | 'COMMITMENTS_EXCEED_AUTHORISATION'
  /** A closed programme is not amended nor closed again. */
  | 'PROGRAMME_CLOSED'
  /** A programme is not closed while places' statements wait for their payment. */
  | 'STATEMENTS_PENDING'
  /** …nor while redemptions recovered after payment wait for the statement that takes them back. */
  | 'RECOVERIES_PENDING'
  /** …nor while money facts of the passes service wait or were refused. */
  | 'PASSES_FACTS_UNSETTLED'
  /** …nor while commitments have something left to pay. */
  | 'COMMITMENTS_TO_PAY'
  /** …nor before the end of the operation or its last payment order. */
  | 'CLOSING_TOO_EARLY';

export class ProgrammeError extends DomainError<ProgrammeErrorCode> {
  constructor(code: ProgrammeErrorCode, message: string, details?: DomainErrorDetails) {
    super(code, message, details);
  }
}
