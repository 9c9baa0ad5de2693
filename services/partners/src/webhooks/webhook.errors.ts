// The closed set of codes this module raises, besides the kernel's common ones (NOT_FOUND, FORBIDDEN, INVALID_ID, BAD_USER_INPUT).
import { DomainError, type DomainErrorDetails } from '@pass-numerique/kernel';

export type WebhookErrorCode = 'INVALID_WEBHOOK_URL' | 'UNKNOWN_WEBHOOK_EVENT' | 'TOO_MANY_WEBHOOKS' | 'WEBHOOK_DISABLED';

export class WebhookError extends DomainError<WebhookErrorCode> {
  constructor(code: WebhookErrorCode, message: string, details?: DomainErrorDetails) {
    super(code, message, details);
  }
}
