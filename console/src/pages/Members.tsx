// "Membres": the people of the person's organisations, as the platform holds them. Every member
// reads the list; administrators invite (the invitation's link is shown once, to copy and pass on:
// the platform sends no e-mail), change roles and remove members — never the last administrator.
import { gql } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '../components/ErrorNotice';
import { formatDate } from '../format';
import { MEMBER_ROLE_LABELS, MY_MEMBERSHIPS, type MyMembership } from './MyOrganisation';

const MEMBERS = gql`
  query OrganisationMembers($id: ID!) {
    organisation(id: $id) {
      id
      members {
        subject
        role
        email
        since
      }
      invitations {
        id
        email
        role
        expiresAt
        expired
      }
    }
  }
`;
const INVITE = gql`
  mutation InviteMember($organisationId: ID!, $email: String!, $role: MemberRole!) {
    inviteMember(organisationId: $organisationId, email: $email, role: $role) {
      code
      invitation {
        id
        email
      }
    }
  }
`;
const CHANGE_ROLE = gql`
  mutation ChangeMemberRole($organisationId: ID!, $subject: String!, $role: MemberRole!) {
    changeMemberRole(organisationId: $organisationId, subject: $subject, role: $role) {
      subject
      role
    }
  }
`;
const REMOVE = gql`
  mutation RemoveMember($organisationId: ID!, $subject: String!) {
    removeMember(organisationId: $organisationId, subject: $subject)
  }
`;

interface Member {
  subject: string;
  role: string;
  email: string | null;
  since: string;
}

/** The link a colleague opens to join: the console keeps the code through sign-in (MyOrganisation). */
export function invitationLink(code: string): string {
  return `${window.location.origin}/?invitation=${encodeURIComponent(code)}#/structure`;
}

export function Members() {
  const memberships = useQuery<{ myMemberships: MyMembership[] }>(MY_MEMBERSHIPS);
  const list = memberships.data?.myMemberships ?? [];
  const [chosen, setChosen] = useState<string | undefined>();
  const current = list.find((m) => m.organisation.id === chosen) ?? list[0];
  return (
    <>
      <h1>Membres</h1>
      <ErrorNotice error={memberships.error} />
      {!memberships.loading && list.length === 0 ? <p>Vous n’êtes membre d’aucune structure : inscrivez la vôtre ou rejoignez-en une (page Ma structure).</p> : null}
      {list.length > 1 ? (
        <Select label="Structure" nativeSelectProps={{ name: 'organisation', value: current?.organisation.id ?? '', onChange: (e) => setChosen(e.target.value) }}>
          {list.map((m) => (
            <option key={m.organisation.id} value={m.organisation.id}>
              {m.organisation.name}
            </option>
          ))}
        </Select>
      ) : null}
      {current ? <OrganisationMembers key={current.organisation.id} membership={current} /> : null}
    </>
  );
}

function OrganisationMembers(props: { membership: MyMembership }) {
  const organisationId = props.membership.organisation.id;
  const isAdmin = props.membership.role === 'ADMIN';
  const members = useQuery<{ organisation: { members: Member[] | null; invitations: Array<{ id: string; email: string; role: string; expiresAt: string; expired: boolean }> | null } | null }>(MEMBERS, {
    variables: { id: organisationId },
    fetchPolicy: 'network-only',
  });
  const [changeRole, changing] = useMutation(CHANGE_ROLE);
  const [remove, removing] = useMutation(REMOVE);
  const refresh = () => void members.refetch();
  const people = members.data?.organisation?.members ?? [];
  const invitations = members.data?.organisation?.invitations ?? [];
  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title">{props.membership.organisation.name}</h2>
      <ErrorNotice error={members.error ?? changing.error ?? removing.error} />
      <Table
        caption="Membres de la structure"
        headers={isAdmin ? ['Personne', 'Rôle', 'Depuis', 'Actions'] : ['Personne', 'Rôle', 'Depuis']}
        data={people.map((m) => {
          const row = [m.email ?? 'Personne ayant inscrit la structure', MEMBER_ROLE_LABELS[m.role] ?? m.role, formatDate(m.since)];
          if (!isAdmin) return row;
          const otherRole = m.role === 'ADMIN' ? 'MEMBER' : 'ADMIN';
          return [
            ...row,
            <div key={m.subject} className="fr-btns-group fr-btns-group--inline-sm">
              <Button type="button" size="small" priority="secondary" disabled={changing.loading} onClick={() => void changeRole({ variables: { organisationId, subject: m.subject, role: otherRole } }).then(refresh).catch(() => undefined)}>
                {otherRole === 'ADMIN' ? 'Nommer administrateur' : 'Passer membre'}
              </Button>
              <Button type="button" size="small" priority="tertiary" disabled={removing.loading} onClick={() => void remove({ variables: { organisationId, subject: m.subject } }).then(refresh).catch(() => undefined)}>
                Retirer
              </Button>
            </div>,
          ];
        })}
      />
      {isAdmin ? (
        <>
          <InviteForm organisationId={organisationId} onDone={refresh} />
          {invitations.length > 0 ? (
            <Table
              caption="Invitations en attente"
              headers={['Pour', 'Rôle', 'Valable jusqu’au']}
              data={invitations.map((i) => [i.email, MEMBER_ROLE_LABELS[i.role] ?? i.role, i.expired ? 'Expirée' : formatDate(i.expiresAt)])}
            />
          ) : null}
        </>
      ) : (
        <p>Seuls les administrateurs de la structure invitent et gèrent ses membres.</p>
      )}
    </section>
  );
}

function InviteForm(props: { organisationId: string; onDone(): void }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('MEMBER');
  const [link, setLink] = useState<string | undefined>();
  const [copied, setCopied] = useState(false);
  const [invite, inviting] = useMutation<{ inviteMember: { code: string } }>(INVITE);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const answer = await invite({ variables: { organisationId: props.organisationId, email, role } });
      if (answer.data) setLink(invitationLink(answer.data.inviteMember.code));
      setCopied(false);
      setEmail('');
      props.onDone();
    } catch {
      // Said by the error notice.
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link ?? '');
      setCopied(true);
    } catch {
      // Without clipboard permission the link stays selectable on the page.
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="invite-title" className="fr-mt-4w">
      <h3 id="invite-title">Inviter une personne</h3>
      <p>La plateforme n’envoie pas de courriel : copiez le lien d’invitation et transmettez-le vous-même. Il est valable 7 jours et ne sert qu’une fois.</p>
      <ErrorNotice error={inviting.error} title="L’invitation n’a pas été créée" />
      {link ? (
        <Alert
          severity="info"
          className="fr-mb-2w"
          title="Lien d’invitation à transmettre"
          description={
            <>
              <p>Ce lien n’est affiché qu’une fois.</p>
              <p>
                <code data-testid="invitation-link" style={{ wordBreak: 'break-all', userSelect: 'all' }}>
                  {link}
                </code>
              </p>
              <Button type="button" size="small" iconId="fr-icon-clipboard-line" onClick={() => void copy()}>
                {copied ? 'Copié' : 'Copier le lien'}
              </Button>
            </>
          }
        />
      ) : null}
      <Input label="Adresse électronique de la personne" hintText="Pour vous souvenir de qui est invité : rien ne lui est envoyé" nativeInputProps={{ name: 'email', type: 'email', value: email, onChange: (e) => setEmail(e.target.value), required: true }} />
      <Select label="Rôle" nativeSelectProps={{ name: 'role', value: role, onChange: (e) => setRole(e.target.value) }}>
        <option value="MEMBER">{MEMBER_ROLE_LABELS.MEMBER}</option>
        <option value="ADMIN">{MEMBER_ROLE_LABELS.ADMIN}</option>
      </Select>
      <Button type="submit" disabled={inviting.loading}>
        Créer l’invitation
      </Button>
    </form>
  );
}
