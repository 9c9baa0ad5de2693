// People whose token carries no role of the platform — they created an account at the provider
// and registered their organisation themselves, or joined one with an invitation — hold their
// grants through the memberships the partners service keeps (services/partners/src/members/).
// The gateway asks partners for them (`personMemberships`, @inaccessible, callable only with the
// gateway's own identity) and turns them into grants for the organisation acted for:
// - every such person holds `person` (register an organisation, accept an invitation, read and,
//   as an organisation's administrator, manage memberships: partners checks which);
// - a member of an organisation that is a mediation place also holds `place`, of a distributor
//   `distributor`, both when it is both, acting for that organisation in every programme it takes
//   part in (partners and passes check which programmes, beside the data, as for the provider's grants).
// A person member of several organisations names the one acted for in the X-PN-Organisation
// header; a header naming an organisation the person does not belong to is not honoured (the
// oldest membership is acted for, as without the header).
import { GATEWAY_IDENTITY, IDENTITY_HEADER, PERSON_ROLE, type Grant, type Identity, type IdentitySigner } from '@pass-numerique/service-kit';
import type { IncomingMessage } from 'node:http';

export const ORGANISATION_HEADER = 'x-pn-organisation';

/**
 * How long a person's memberships are remembered: the bound on how long a removed member keeps
 * acting for the organisation, or a role change waits. Only non-empty answers are kept, so that a
 * person who has just registered an organisation or accepted an invitation acts for it at once.
 */
export const MEMBERSHIP_CACHE_MS = 30_000;
const MEMBERSHIP_CACHE_ENTRIES = 20_000;

export interface PersonMembership {
  organisationId: string;
  role: 'ADMIN' | 'MEMBER';
  activities: string[];
  since: string;
}

/** The person a verified token names when it carries no role of the platform. */
export function personOnly(subject: string): Identity {
  return { subject, grants: [{ role: PERSON_ROLE }], scopes: [] };
}

export function isPersonOnly(identity: Identity): boolean {
  return identity.grants.length === 1 && identity.grants[0].role === PERSON_ROLE && !identity.organisationId;
}

/** The organisation a request asks to act for (at most an id's length: longer is no organisation). */
export function chosenOrganisationOf(req: IncomingMessage): string | undefined {
  const value = req.headers[ORGANISATION_HEADER];
  return typeof value === 'string' && value.trim() ? value.trim().toLowerCase().slice(0, 64) : undefined;
}

/**
 * A person's grants from their memberships (oldest first): `person` always; for the organisation
 * acted for — the one chosen when the person belongs to it, the oldest membership otherwise —
 * `place` when it is a mediation place and `distributor` when it is a distributor.
 */
export function identityOfMemberships(subject: string, memberships: readonly PersonMembership[], chosen?: string): Identity {
  const acting = memberships.find((m) => m.organisationId === chosen) ?? memberships[0];
  if (!acting) return personOnly(subject);
  const grants: Grant[] = [{ role: PERSON_ROLE }];
  if (acting.activities.includes('MEDIATION_PLACE')) grants.push({ role: 'place' });
  if (acting.activities.includes('DISTRIBUTOR')) grants.push({ role: 'distributor' });
  return { subject, organisationId: acting.organisationId, grants, scopes: [] };
}

export class MembershipDirectory {
  private readonly cache = new Map<string, { memberships: PersonMembership[]; until: number }>();
  private readonly pending = new Map<string, Promise<PersonMembership[]>>();

  constructor(
    private readonly partnersUrl: string,
    private readonly signer: IdentitySigner,
  ) {}

  async identityOf(person: Identity, chosen: string | undefined): Promise<Identity> {
    return identityOfMemberships(person.subject, await this.membershipsOf(person.subject), chosen);
  }

  private membershipsOf(subject: string): Promise<PersonMembership[]> {
    const cached = this.cache.get(subject);
    if (cached && cached.until > Date.now()) return Promise.resolve(cached.memberships);
    let asked = this.pending.get(subject);
    if (!asked) {
      asked = this.ask(subject).finally(() => this.pending.delete(subject));
      this.pending.set(subject, asked);
    }
    return asked;
  }

  private async ask(subject: string): Promise<PersonMembership[]> {
    const response = await fetch(this.partnersUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await this.signer.tokenFor(GATEWAY_IDENTITY) },
      body: JSON.stringify({ query: 'query($subject: String!) { personMemberships(subject: $subject) { organisationId role activities since } }', variables: { subject } }),
      signal: AbortSignal.timeout(5_000),
    });
    const body = (await response.json()) as { data?: { personMemberships: PersonMembership[] }; errors?: unknown[] };
    // Partners could not look: not an answer that the person belongs nowhere.
    if (!response.ok || !body.data || (body.errors?.length ?? 0) > 0) throw new Error(`partners could not answer a person's memberships (HTTP ${response.status})`);
    const memberships = body.data.personMemberships;
    if (memberships.length > 0) {
      if (this.cache.size >= MEMBERSHIP_CACHE_ENTRIES) this.cache.delete(this.cache.keys().next().value as string);
      this.cache.set(subject, { memberships, until: Date.now() + MEMBERSHIP_CACHE_MS });
    }
    return memberships;
  }
}
