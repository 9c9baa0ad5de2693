// Who is signed in. Through the identity provider (the console server's /auth/*), the tokens stay
// on the server and the page only learns whom the session speaks for; with the development role
// picker (no provider configured), a development token kept in sessionStorage, so that a reload
// keeps the session but closing the tab ends it.
export type Role = 'programme_manager' | 'finance_officer' | 'funder_auditor' | 'distributor' | 'place' | 'public';

export const ROLE_LABELS: Record<Role, string> = {
  programme_manager: 'Chef de programme',
  finance_officer: 'Responsable financier',
  funder_auditor: 'Auditeur cofinanceur',
  distributor: 'Distributeur (prescripteur)',
  place: 'Lieu de médiation',
  public: 'Public (données ouvertes)',
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  programme_manager: 'Tableau de bord, commandes et activation, alertes et réallocations, lieux et leur qualification.',
  finance_officer: 'Tableau de bord du programme et suivi budgétaire.',
  funder_auditor: 'Lecture seule des chiffres du programme.',
  distributor: 'Ses carnets, la remise d’un pass, ses chiffres.',
  place: 'Vérifier et encaisser un pass, ses relevés mensuels, la description publique du lieu.',
  public: 'Lieux et chiffres agrégés par territoire, sans donnée personnelle.',
};

export const STAFF_ROLES: Role[] = ['programme_manager', 'finance_officer', 'funder_auditor'];

export interface Session {
  role: Role;
  /** Signed in through the identity provider: the console server holds the tokens and adds them to /graphql. */
  signedInWithProvider?: boolean;
  /** The person's name, as the provider gives it. */
  name?: string;
  token?: string;
  organisationId?: string;
  /** The programmes the role is held in (programme staff); the pages offer these only. */
  programmeIds?: string[];
  /** Signed in with no grant of the provider's: acts through the memberships the platform holds (Ma structure, Membres). */
  person?: boolean;
  /** The platform's operator: verifies self-registered organisations. */
  operator?: boolean;
  /** A person's organisations (the platform's memberships), oldest first; organisationId is the one acted for. */
  organisations?: PersonOrganisation[];
  /** The roles the gateway grants a person for the organisation acted for (place, distributor), from its activities. */
  activityRoles?: Role[];
}

/** An organisation a person belongs to, and what it does (MEDIATION_PLACE, DISTRIBUTOR…). */
export interface PersonOrganisation {
  id: string;
  name: string;
  activities: string[];
}

const KEY = 'pass-numerique-console-session';

export function loadSession(): Session | undefined {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as Session;
  } catch {
    return undefined;
  }
}

export function saveSession(session: Session | undefined) {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
}

/**
 * The claims of a token, read without verifying it: the gateway verifies; the page only needs to
 * know whom it speaks for and in which programmes its role is held (`roles`: `role:programme`).
 */
export function sessionFromToken(role: Role, token: string): Session {
  const [, payload] = token.split('.');
  const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { org?: string; roles?: string[] };
  const programmeIds = (claims.roles ?? []).map((grant) => grant.split(':')).filter(([held, programme]) => held === role && programme).map(([, programme]) => programme);
  return { role, token, organisationId: claims.org, programmeIds };
}

const CONSOLE_ROLES: Role[] = ['programme_manager', 'finance_officer', 'funder_auditor', 'distributor', 'place'];
const PLATFORM_ROLES: string[] = [...CONSOLE_ROLES, 'platform_operator'];

/** What the console server says of the browser's session with the identity provider. */
export type ProviderSession = { kind: 'signed-in'; session: Session } | { kind: 'signed-out' } | { kind: 'no-provider' };

/**
 * The session with the identity provider, if the console server has one: its role is the first
 * console role among the person's grants (`roles`), in the programmes it is held in. A person with
 * no console role (the platform operator) sees open data, as the public does.
 */
export async function providerSession(): Promise<ProviderSession> {
  const response = await fetch('/auth/session', { headers: { accept: 'application/json' } });
  // An older console server, without /auth: the development sign-in.
  if (response.status === 404) return { kind: 'no-provider' };
  const answer = (await response.json()) as { provider: boolean; signedIn: boolean; person?: { name?: string; organisationId?: string; roles: string[] } };
  if (!answer.provider) return { kind: 'no-provider' };
  if (!answer.signedIn || !answer.person) return { kind: 'signed-out' };
  const { person } = answer;
  const grants = person.roles.map((grant) => grant.split(':'));
  const role = CONSOLE_ROLES.find((r) => grants.some(([held]) => held === r)) ?? 'public';
  const programmeIds = grants.filter(([held, programme]) => held === role && programme).map(([, programme]) => programme);
  // As the gateway: a token without any grant of ours is a person the platform's memberships speak for.
  const platformGrant = grants.some(([held]) => PLATFORM_ROLES.includes(held));
  return {
    kind: 'signed-in',
    session: { role, signedInWithProvider: true, name: person.name, organisationId: person.organisationId, programmeIds, person: !platformGrant, operator: grants.some(([held]) => held === 'platform_operator') },
  };
}

/** Ends the provider session: a form posted to the console server, which then goes through the provider's own sign-out. */
export function signOutOfProvider() {
  const form = document.createElement('form');
  form.method = 'post';
  form.action = '/auth/sign-out';
  document.body.append(form);
  form.submit();
}

export async function signIn(role: Role, organisationId?: string): Promise<Session> {
  if (role === 'public') return { role };
  const query = new URLSearchParams({ role });
  if (organisationId) query.set('org', organisationId);
  const response = await fetch(`/dev/token?${query}`);
  if (!response.ok) throw new Error(response.status === 404 ? 'La connexion de développement n’est pas disponible sur ce serveur.' : 'Le jeton n’a pas pu être obtenu.');
  const { token } = (await response.json()) as { token: string };
  return sessionFromToken(role, token);
}

const CHOSEN_ORGANISATION_KEY = 'pass-numerique-console-organisation';

/**
 * A person's session acting for one of their organisations: the chosen one when they still belong
 * to it, the oldest otherwise (as the gateway, which grants `place` to a mediation place's members
 * and `distributor` to a distributor's, for that organisation only: the pages follow).
 */
export function actingFor(session: Session, organisations: PersonOrganisation[], chosen = sessionStorage.getItem(CHOSEN_ORGANISATION_KEY) ?? undefined): Session {
  const acting = organisations.find((o) => o.id === chosen) ?? organisations[0];
  if (chosen && acting?.id === chosen) sessionStorage.setItem(CHOSEN_ORGANISATION_KEY, chosen);
  const activityRoles: Role[] = [];
  if (acting?.activities.includes('MEDIATION_PLACE')) activityRoles.push('place');
  if (acting?.activities.includes('DISTRIBUTOR')) activityRoles.push('distributor');
  return { ...session, organisations: organisations.map(({ id, name, activities }) => ({ id, name, activities })), organisationId: acting?.id, activityRoles };
}

/** The organisations the platform knows a person a member of, asked of the API through the console server's session. */
export async function personOrganisations(): Promise<PersonOrganisation[]> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: '{ myMemberships { organisation { id name activities } } }' }),
  });
  const body = (await response.json()) as { data?: { myMemberships: Array<{ organisation: PersonOrganisation }> } };
  if (!body.data) throw new Error('memberships unavailable');
  return body.data.myMemberships.map((m) => m.organisation);
}
