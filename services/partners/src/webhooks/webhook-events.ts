// What a webhook may announce, and what each announcement says. The public names and payloads
// are a contract of their own, mapped from the internal events: an internal event can change
// (a new version) without breaking the partners' receivers, and nothing is sent by accident.
// Payloads carry ids, names of places (open data), months, counts and amounts — never free
// text (a suspension's reason may name someone: the organisation reads it through the API).
import type { EventEnvelope } from '@pass-numerique/event-contracts';

export const WEBHOOK_EVENT_TYPES = [
  'place.qualified',
  'place.suspended',
  'place.reinstated',
  'place.revoked',
  'statement.approved',
  'statement.paid',
  'credential.revoked',
  'delegation.requested',
  'delegation.accepted',
  'delegation.declined',
  'delegation.revoked',
  'bank-details.changed',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Sent on request (pingWebhook) to check a receiver; never subscribed to, always delivered. */
export const PING_EVENT_TYPE = 'webhook.ping';

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}

/** One fact to announce to one organisation's webhooks. */
export interface WebhookAnnouncement {
  /** The internal event's id: a webhook gets each event at most once, however often it is consumed. */
  eventId: string;
  type: WebhookEventType | typeof PING_EVENT_TYPE;
  organisationId: string;
  occurredAt: string;
  data: Record<string, unknown>;
}

interface PlaceFacts {
  placeId: string;
  /** The programme whose decision it is: a place is qualified by each programme on its own. */
  programmeId: string;
  organisationId: string;
  name: string;
  inseeCode: string;
  at: string;
}

export function placeAnnouncement(type: Extract<WebhookEventType, `place.${string}`>, payload: PlaceFacts, envelope: EventEnvelope): WebhookAnnouncement {
  return {
    eventId: envelope.id,
    type,
    organisationId: payload.organisationId,
    occurredAt: envelope.occurredAt,
    data: { placeId: payload.placeId, programmeId: payload.programmeId, organisationId: payload.organisationId, placeName: payload.name, inseeCode: payload.inseeCode, at: payload.at },
  };
}

interface StatementFacts {
  statementId: string;
  programmeId: string;
  placeId: string;
  placeOrganisationId: string;
  month: string;
  passCount: number;
  amountCents: number;
}

export function statementAnnouncement(
  type: Extract<WebhookEventType, `statement.${string}`>,
  payload: StatementFacts & { approvedAt?: string; paymentReference?: string; paidOn?: string },
  envelope: EventEnvelope,
): WebhookAnnouncement {
  const data: Record<string, unknown> = {
    statementId: payload.statementId,
    programmeId: payload.programmeId,
    placeId: payload.placeId,
    organisationId: payload.placeOrganisationId,
    month: payload.month,
    passCount: payload.passCount,
    amountCents: payload.amountCents,
    currency: 'EUR',
  };
  if (payload.approvedAt !== undefined) data.approvedAt = payload.approvedAt;
  if (payload.paymentReference !== undefined) Object.assign(data, { paymentReference: payload.paymentReference, paidOn: payload.paidOn });
  return { eventId: envelope.id, type, organisationId: payload.placeOrganisationId, occurredAt: envelope.occurredAt, data };
}

export function credentialRevokedAnnouncement(payload: { credentialId: string; organisationId: string; at: string }, envelope: EventEnvelope): WebhookAnnouncement {
  return {
    eventId: envelope.id,
    type: 'credential.revoked',
    organisationId: payload.organisationId,
    occurredAt: envelope.occurredAt,
    data: { credentialId: payload.credentialId, organisationId: payload.organisationId, at: payload.at },
  };
}

/** A place's new bank details are in force (masked: the receiver learns that they changed, the organisation's people read them in the API). */
export function bankDetailsAnnouncement(
  payload: { placeId: string; organisationId: string; versionId: string; previousVersionId: string | null; ibanMasked: string; at: string },
  envelope: EventEnvelope,
): WebhookAnnouncement {
  return {
    eventId: envelope.id,
    type: 'bank-details.changed',
    organisationId: payload.organisationId,
    occurredAt: envelope.occurredAt,
    data: {
      placeId: payload.placeId,
      organisationId: payload.organisationId,
      versionId: payload.versionId,
      previousVersionId: payload.previousVersionId,
      ibanMasked: payload.ibanMasked,
      at: payload.at,
    },
  };
}

/**
 * A step of a delegation, told to the side that did not take it — the organisation asked of a
 * request, the vendor of an answer — and a revocation to both: either side may have taken it.
 */
export function delegationAnnouncements(
  type: Extract<WebhookEventType, `delegation.${string}`>,
  payload: { delegationId: string; vendorOrganisationId: string; organisationId: string; scopes: string[]; at: string },
  envelope: EventEnvelope,
): WebhookAnnouncement[] {
  const data = { delegationId: payload.delegationId, vendorOrganisationId: payload.vendorOrganisationId, organisationId: payload.organisationId, scopes: payload.scopes, at: payload.at };
  const toldTo = type === 'delegation.requested' ? [payload.organisationId] : type === 'delegation.revoked' ? [payload.organisationId, payload.vendorOrganisationId] : [payload.vendorOrganisationId];
  return toldTo.map((organisationId) => ({ eventId: envelope.id, type, organisationId, occurredAt: envelope.occurredAt, data }));
}

/** The exact bytes a receiver gets (and the signature covers): stored once, re-sent unchanged on every attempt. */
export function webhookBody(announcement: WebhookAnnouncement): string {
  return JSON.stringify({ id: announcement.eventId, type: announcement.type, occurredAt: announcement.occurredAt, data: announcement.data });
}
