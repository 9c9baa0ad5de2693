// Integration: self-registration, memberships, invitations and the operator's verification on a
// real PostgreSQL and NATS, called as the gateway would (a person's identity is their subject and
// the `person` grant; what they may do to an organisation follows from the memberships held here).
import { randomUUID } from 'node:crypto';
import { caller, callSubgraph, useTestService, type GraphQLResponse } from '@pass-numerique/testing';
import { GATEWAY_IDENTITY, type Identity } from '@pass-numerique/service-kit';
import { startPartnersService } from '../server';
import { freshSiret, organisationInput, placeDescriptionInput } from '../test-support/factories';
import { ANONYMOUS, apply, dataOf, managerOf, OPERATOR, registerOrganisation } from '../testing/partners-test-kit';

const REGISTER_MINE = `mutation($input: RegisterMyOrganisationInput!) { registerMyOrganisation(input: $input) {
  id name siret activities verification { status decidedAt reason } members { subject role email } } }`;
const INVITE = `mutation($o: ID!, $e: String!, $r: MemberRole!) { inviteMember(organisationId: $o, email: $e, role: $r) { code invitation { id email role expired expiresAt organisation { id } } } }`;
const ACCEPT = `mutation($c: String!) { acceptInvitation(code: $c) { subject role email organisation { id } } }`;
const CHANGE = `mutation($o: ID!, $s: String!, $r: MemberRole!) { changeMemberRole(organisationId: $o, subject: $s, role: $r) { subject role } }`;
const REMOVE = `mutation($o: ID!, $s: String!) { removeMember(organisationId: $o, subject: $s) }`;
const MEMBERS = `query($id: ID!) { organisation(id: $id) { members { subject role } invitations { email } verification { status reason } } }`;
const MINE = `{ myMemberships { role organisation { id name } } }`;

const person = (subject = `person-${randomUUID()}`): Identity => caller('person', { subject });
const myInput = (overrides: Record<string, unknown> = {}) => {
  const { name, legalKind, siret, address, postalCode, inseeCode } = organisationInput();
  return { name, legalKind, siret, address, postalCode, inseeCode, activities: ['MEDIATION_PLACE'], ...overrides };
};
const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code;

describe('partners subgraph: self-registration and memberships', () => {
  const { service } = useTestService('partners', startPartnersService, { loadDemoData: false });

  async function registerMine(founder: Identity, overrides: Record<string, unknown> = {}): Promise<string> {
    return (await dataOf(callSubgraph(service.url, REGISTER_MINE, { input: myInput(overrides) }, founder))).registerMyOrganisation.id;
  }

  async function invite(admin: Identity, organisationId: string, role = 'MEMBER'): Promise<string> {
    return (await dataOf(callSubgraph(service.url, INVITE, { o: organisationId, e: 'Collegue@Example.fr', r: role }, admin))).inviteMember.code;
  }

  async function count(sql: string, params: unknown[]): Promise<number> {
    const [{ n }] = await service.dataSource.query(`SELECT count(*)::int AS n FROM ${sql}`, params);
    return n;
  }

  it('registers a person’s organisation unverified, makes them its administrator, and announces it in the same transaction', async () => {
    const founder = person();
    const input = myInput({ activities: ['MEDIATION_PLACE', 'DISTRIBUTOR'] });
    const { data, errors } = await callSubgraph(service.url, REGISTER_MINE, { input }, founder);
    expect(errors).toBeUndefined();
    expect(data.registerMyOrganisation).toMatchObject({
      siret: input.siret,
      activities: ['MEDIATION_PLACE', 'DISTRIBUTOR'],
      verification: { status: 'UNVERIFIED', decidedAt: null, reason: null },
      members: [{ subject: founder.subject, role: 'ADMIN', email: null }],
    });
    expect(await count(`outbox_event WHERE payload->>'siret' = $1`, [input.siret])).toBe(1);
    expect((await dataOf(callSubgraph(service.url, MINE, {}, founder))).myMemberships).toEqual([{ role: 'ADMIN', organisation: { id: data.registerMyOrganisation.id, name: input.name } }]);
    const gateway = await dataOf(callSubgraph(service.url, `query($s: String!) { personMemberships(subject: $s) { organisationId role activities since } }`, { s: founder.subject }, GATEWAY_IDENTITY));
    expect(gateway.personMemberships).toEqual([expect.objectContaining({ organisationId: data.registerMyOrganisation.id, role: 'ADMIN', activities: ['MEDIATION_PLACE', 'DISTRIBUTOR'] })]);
  });

  it('refuses a SIRET already registered with ORGANISATION_ALREADY_REGISTERED saying how to join, and writes nothing', async () => {
    const siret = freshSiret();
    await registerOrganisation(service.url, { siret });
    const latecomer = person();
    const response = await callSubgraph(service.url, REGISTER_MINE, { input: myInput({ siret, name: 'Autre nom' }) }, latecomer);
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'ORGANISATION_ALREADY_REGISTERED', field: 'siret' } });
    expect(response.errors?.[0].message).toMatch(/ask one of its administrators for an invitation/);
    expect(await count(`organisation WHERE siret = $1`, [siret])).toBe(1);
    expect(await count(`outbox_event WHERE payload->>'siret' = $1`, [siret])).toBe(1);
    expect(await count(`membership WHERE subject = $1`, [latecomer.subject])).toBe(0);
  });

  it.each([
    ['a SIRET that fails the Luhn check', { siret: '12345678901234' }, 'INVALID_CODE'],
    ['no SIRET', { siret: '  ' }, 'MISSING_IDENTIFIER'],
    ['an INSEE code that is no commune', { inseeCode: '80999' }, 'INVALID_CODE'],
    ['no activity', { activities: [] }, 'BAD_USER_INPUT'],
  ])('refuses %s with a coded error and writes nothing', async (_, overrides, code) => {
    const founder = person();
    const input = myInput(overrides);
    expect(codeOf(await callSubgraph(service.url, REGISTER_MINE, { input }, founder))).toBe(code);
    expect(await count(`membership WHERE subject = $1`, [founder.subject])).toBe(0);
    expect(await count(`organisation WHERE name = $1`, [input.name])).toBe(0);
  });

  it('lets only people register their organisation themselves (staff use registerOrganisation)', async () => {
    for (const refused of [caller('place', { organisationId: randomUUID() }), managerOf(randomUUID()), OPERATOR, ANONYMOUS]) {
      expect(codeOf(await callSubgraph(service.url, REGISTER_MINE, { input: myInput() }, refused))).toBe('FORBIDDEN');
    }
  });

  it('lets an administrator invite a colleague who joins once with the code, with the invitation’s role', async () => {
    const founder = person();
    const organisationId = await registerMine(founder);
    const invited = await dataOf(callSubgraph(service.url, INVITE, { o: organisationId, e: ' Collegue@Example.fr ', r: 'MEMBER' }, founder));
    expect(invited.inviteMember).toMatchObject({ code: expect.stringMatching(/^pni_[0-9a-f]{32}_/), invitation: { email: 'collegue@example.fr', role: 'MEMBER', expired: false, organisation: { id: organisationId } } });
    const expiresIn = new Date(invited.inviteMember.invitation.expiresAt).getTime() - Date.now();
    expect(expiresIn).toBeGreaterThan(6.9 * 24 * 3600_000);
    expect(expiresIn).toBeLessThanOrEqual(7 * 24 * 3600_000);
    // Only the code's keyed hash is kept.
    const [stored] = await service.dataSource.query(`SELECT encode(code_hash, 'hex') AS hash FROM invitation WHERE id = $1`, [invited.inviteMember.invitation.id]);
    expect(stored.hash).not.toContain(invited.inviteMember.code.slice(-43));

    const colleague = person();
    const joined = await dataOf(callSubgraph(service.url, ACCEPT, { c: invited.inviteMember.code }, colleague));
    expect(joined.acceptInvitation).toEqual({ subject: colleague.subject, role: 'MEMBER', email: 'collegue@example.fr', organisation: { id: organisationId } });
    const seen = await dataOf(callSubgraph(service.url, MEMBERS, { id: organisationId }, colleague));
    expect(seen.organisation.members).toEqual([{ subject: founder.subject, role: 'ADMIN' }, { subject: colleague.subject, role: 'MEMBER' }]);
    // The accepted invitation is no longer open; a plain member sees no invitations.
    expect(seen.organisation.invitations).toBeNull();
    expect((await dataOf(callSubgraph(service.url, MEMBERS, { id: organisationId }, founder))).organisation.invitations).toEqual([]);

    // Used once: the same code again, by anyone, is refused.
    expect(codeOf(await callSubgraph(service.url, ACCEPT, { c: invited.inviteMember.code }, person()))).toBe('INVITATION_INVALID');
  });

  it('answers an expired, unknown, forged or malformed code with one INVITATION_INVALID, and a member joining again with ALREADY_MEMBER', async () => {
    const founder = person();
    const organisationId = await registerMine(founder);
    const expiring = await invite(founder, organisationId);
    await service.dataSource.query(`UPDATE invitation SET expires_at = now() - interval '1 second' WHERE organisation_id = $1`, [organisationId]);
    const colleague = person();
    const forged = `${expiring.slice(0, 37)}${'A'.repeat(43)}`;
    const unknown = `pni_${randomUUID().replace(/-/g, '')}_${'B'.repeat(43)}`;
    const answers = await Promise.all([expiring, forged, unknown, 'not-a-code'].map((c) => callSubgraph(service.url, ACCEPT, { c }, colleague)));
    expect(answers.map((a) => a.errors?.[0])).toEqual(answers.map(() => expect.objectContaining({ extensions: expect.objectContaining({ code: 'INVITATION_INVALID', field: 'code' }) })));
    expect(new Set(answers.map((a) => a.errors?.[0].message)).size).toBe(1);
    expect(await count(`membership WHERE subject = $1`, [colleague.subject])).toBe(0);

    const again = await invite(founder, organisationId);
    expect(codeOf(await callSubgraph(service.url, ACCEPT, { c: again }, founder))).toBe('ALREADY_MEMBER');
    expect(await count(`invitation WHERE organisation_id = $1 AND accepted_at IS NOT NULL`, [organisationId])).toBe(0);
  });

  it('never leaves an organisation without an administrator', async () => {
    const founder = person();
    const organisationId = await registerMine(founder);
    expect(codeOf(await callSubgraph(service.url, REMOVE, { o: organisationId, s: founder.subject }, founder))).toBe('LAST_ADMIN');
    expect(codeOf(await callSubgraph(service.url, CHANGE, { o: organisationId, s: founder.subject, r: 'MEMBER' }, founder))).toBe('LAST_ADMIN');

    const colleague = person();
    await dataOf(callSubgraph(service.url, ACCEPT, { c: await invite(founder, organisationId) }, colleague));
    expect((await dataOf(callSubgraph(service.url, CHANGE, { o: organisationId, s: colleague.subject, r: 'ADMIN' }, founder))).changeMemberRole).toEqual({ subject: colleague.subject, role: 'ADMIN' });
    expect((await dataOf(callSubgraph(service.url, CHANGE, { o: organisationId, s: founder.subject, r: 'MEMBER' }, founder))).changeMemberRole.role).toBe('MEMBER');
    // Now the founder is a plain member: no longer an administrator.
    expect(codeOf(await callSubgraph(service.url, REMOVE, { o: organisationId, s: colleague.subject }, founder))).toBe('NOT_FOUND');
    expect(codeOf(await callSubgraph(service.url, REMOVE, { o: organisationId, s: colleague.subject }, colleague))).toBe('LAST_ADMIN');
    expect((await dataOf(callSubgraph(service.url, REMOVE, { o: organisationId, s: founder.subject }, colleague))).removeMember).toBe(true);
    expect(await count(`membership WHERE organisation_id = $1`, [organisationId])).toBe(1);
    expect(codeOf(await callSubgraph(service.url, REMOVE, { o: organisationId, s: 'nobody' }, colleague))).toBe('NOT_FOUND');
  });

  it('answers another organisation’s members exactly as an organisation that does not exist', async () => {
    const founder = person();
    const organisationId = await registerMine(founder);
    const colleague = person();
    await dataOf(callSubgraph(service.url, ACCEPT, { c: await invite(founder, organisationId) }, colleague));
    const stranger = person();
    await registerMine(stranger);
    const missing = randomUUID();

    for (const outsider of [stranger, colleague]) {
      const own = await callSubgraph(service.url, INVITE, { o: organisationId, e: 'x@example.fr', r: 'ADMIN' }, outsider);
      const none = await callSubgraph(service.url, INVITE, { o: missing, e: 'x@example.fr', r: 'ADMIN' }, outsider);
      expect(codeOf(own)).toBe('NOT_FOUND');
      expect(own.errors?.[0].message.replace(organisationId, '<id>')).toBe(none.errors?.[0].message.replace(missing, '<id>'));
      expect(codeOf(await callSubgraph(service.url, CHANGE, { o: organisationId, s: founder.subject, r: 'MEMBER' }, outsider))).toBe('NOT_FOUND');
      expect(codeOf(await callSubgraph(service.url, REMOVE, { o: organisationId, s: founder.subject }, outsider))).toBe('NOT_FOUND');
    }
    const seen = await dataOf(callSubgraph(service.url, MEMBERS, { id: organisationId }, stranger));
    expect(seen.organisation).toEqual({ members: null, invitations: null, verification: { status: 'UNVERIFIED', reason: null } });
    // Partner software of the organisation's people never reads members, whatever it holds.
    const software = caller('place', { organisationId, subject: 'credential:x', scopes: ['read:own'] });
    expect((await callSubgraph(service.url, `query($id: ID!) { organisation(id: $id) { members { subject } } }`, { id: organisationId }, software)).data.organisation.members).toBeNull();
  });

  it('lets the operator list, verify and reject self-registered organisations; their places are qualified once verified only', async () => {
    const founder = person();
    const organisationId = await registerMine(founder);
    const rejectedOne = await registerMine(person());
    const staffRegistered = await registerOrganisation(service.url);
    const awaiting = await dataOf(callSubgraph(service.url, `{ organisationsAwaitingVerification(first: 500) { edges { node { id verification { status } } } } }`, {}, OPERATOR));
    const ids = awaiting.organisationsAwaitingVerification.edges.map((e: { node: { id: string; verification: { status: string } } }) => e.node.id);
    expect(ids).toEqual(expect.arrayContaining([organisationId, rejectedOne]));
    expect(ids).not.toContain(staffRegistered);
    expect(codeOf(await callSubgraph(service.url, `{ organisationsAwaitingVerification { totalCount } }`, {}, founder))).toBe('FORBIDDEN');
    expect(codeOf(await callSubgraph(service.url, `mutation($id: ID!) { verifyOrganisation(id: $id) { id } }`, { id: organisationId }, founder))).toBe('FORBIDDEN');

    // A place of the unverified organisation applies; its programme's manager cannot qualify it yet.
    const member = { ...founder, organisationId, grants: [...founder.grants, { role: 'place' as const }] };
    const placeId = (await dataOf(callSubgraph(service.url, `mutation($input: RegisterPlaceInput!) { registerPlace(input: $input) { id } }`, { input: { organisationId, description: placeDescriptionInput() } }, member))).registerPlace.id;
    const programmeId = randomUUID();
    await apply(service.url, placeId, organisationId, programmeId);
    const QUALIFY = `mutation($id: ID!, $p: ID!) { qualifyPlace(placeId: $id, programmeId: $p) { id } }`;
    expect(codeOf(await callSubgraph(service.url, QUALIFY, { id: placeId, p: programmeId }, managerOf(programmeId)))).toBe('ORGANISATION_NOT_VERIFIED');

    const verified = await dataOf(callSubgraph(service.url, `mutation($id: ID!) { verifyOrganisation(id: $id) { verification { status decidedAt } } }`, { id: organisationId }, OPERATOR));
    expect(verified.verifyOrganisation.verification).toEqual({ status: 'VERIFIED', decidedAt: expect.any(String) });
    expect(codeOf(await callSubgraph(service.url, `mutation($id: ID!) { verifyOrganisation(id: $id) { id } }`, { id: organisationId }, OPERATOR))).toBe('VERIFICATION_ALREADY_DECIDED');
    expect(codeOf(await callSubgraph(service.url, `mutation($id: ID!) { verifyOrganisation(id: $id) { id } }`, { id: staffRegistered }, OPERATOR))).toBe('VERIFICATION_ALREADY_DECIDED');
    expect(codeOf(await callSubgraph(service.url, `mutation($id: ID!) { verifyOrganisation(id: $id) { id } }`, { id: randomUUID() }, OPERATOR))).toBe('NOT_FOUND');
    expect((await callSubgraph(service.url, QUALIFY, { id: placeId, p: programmeId }, managerOf(programmeId))).errors).toBeUndefined();

    const REJECT = `mutation($id: ID!, $r: String!) { rejectOrganisation(id: $id, reason: $r) { verification { status reason } } }`;
    expect(codeOf(await callSubgraph(service.url, REJECT, { id: rejectedOne, r: '  ' }, OPERATOR))).toBe('BAD_USER_INPUT');
    expect((await dataOf(callSubgraph(service.url, REJECT, { id: rejectedOne, r: 'SIRET fermé' }, OPERATOR))).rejectOrganisation.verification).toEqual({ status: 'REJECTED', reason: 'SIRET fermé' });
    expect((await dataOf(callSubgraph(service.url, MEMBERS, { id: rejectedOne }, founder))).organisation.verification).toEqual({ status: 'REJECTED', reason: null });
  });

  it('keeps organisations registered by staff verified, with no members', async () => {
    const id = await registerOrganisation(service.url);
    const { data } = await callSubgraph(service.url, `query($id: ID!) { organisation(id: $id) { activities verification { status decidedAt } } }`, { id }, ANONYMOUS);
    expect(data.organisation).toEqual({ activities: [], verification: { status: 'VERIFIED', decidedAt: null } });
  });

  it('answers the gateway’s question to the gateway only', async () => {
    const query = `query($s: String!) { personMemberships(subject: $s) { organisationId } }`;
    expect(codeOf(await callSubgraph(service.url, query, { s: 'x' }, person()))).toBe('FORBIDDEN');
    expect((await dataOf(callSubgraph(service.url, query, { s: `nobody-${randomUUID()}` }, GATEWAY_IDENTITY))).personMemberships).toEqual([]);
  });
});
