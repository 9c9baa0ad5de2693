// The closed set of codes this module raises, besides the kernel's common ones.
import { DomainError, type DomainErrorDetails } from '@pass-numerique/kernel';

export type FundingPlanErrorCode =
  /** The co-funders' planned amounts do not sum to the programme's total authorised. */
  | 'PLAN_DOES_NOT_BALANCE'
  /** The same organisation appears twice in one plan. */
  | 'DUPLICATE_CO_FUNDER'
  /** More than one co-funder takes "the rest". */
  | 'MORE_THAN_ONE_REMAINDER'
  /** A co-funder that already paid something cannot leave the plan. */
  | 'CO_FUNDER_HAS_RECEIPTS'
  /** Money is recorded as received only from a co-funder whose grant is granted or signed. */
  | 'CO_FUNDER_NOT_GRANTED'
  /** A co-funder cannot have paid more than its planned amount. */
  | 'RECEIPTS_EXCEED_PLANNED'
  /** A fixed grant's convention terms are missing or do not hold together (or are given to another rule). */
  | 'INVALID_GRANT_TERMS'
  /** A co-funder that was claimed from or filed its final report cannot leave the plan. */
  | 'CO_FUNDER_HAS_CLAIMS'
  /** Only a fixed grant has a final report. */
  | 'NOT_A_FIXED_GRANT'
  /** A fixed grant has one final report. */
  | 'FINAL_REPORT_ALREADY_FILED'
  /** Nothing of a convention counts before it is signed. */
  | 'CONVENTION_NOT_SIGNED'
  /** A claim asks more than the co-funder's rule allows, less what was received and claimed before. */
  | 'CLAIM_EXCEEDS_ENTITLEMENT';

export class FundingPlanError extends DomainError<FundingPlanErrorCode> {
  constructor(code: FundingPlanErrorCode, message: string, details?: DomainErrorDetails) {
    super(code, message, details);
  }
}
