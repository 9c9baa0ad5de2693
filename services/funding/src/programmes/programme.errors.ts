// The closed set of codes this module raises, besides the kernel's common ones.
import { DomainError, type DomainErrorDetails } from '@pass-numerique/kernel';

export type ProgrammeErrorCode =
  | 'PROGRAMME_CODE_TAKEN'
  | 'SCHEDULE_DOES_NOT_SUM'
  | 'INVALID_PERIOD'
  | 'INVALID_VOTE'
  /** The settlement model can change only while the programme has no commitment. */
  | 'SETTLEMENT_MODEL_LOCKED';

export class ProgrammeError extends DomainError<ProgrammeErrorCode> {
  constructor(code: ProgrammeErrorCode, message: string, details?: DomainErrorDetails) {
    super(code, message, details);
  }
}
