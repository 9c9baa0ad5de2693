// "Ma structure": a person signed in without a role of the platform registers their organisation
// (SIRET, name, address, what it does: unverified until the platform's operator checks it) or joins
// one with the invitation code an administrator gave them; their memberships are listed.
import { gql } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useEffect, useState, type FormEvent } from 'react';
import { ErrorNotice } from '../components/ErrorNotice';
import { formatDate } from '../format';

export const MY_MEMBERSHIPS = gql`
  query MyMemberships {
    myMemberships {
      role
      since
      organisation {
        id
        name
        siret
        activities
        verification {
          status
          reason
        }
      }
    }
  }
`;
const REGISTER = gql`
  mutation RegisterMyOrganisation($input: RegisterMyOrganisationInput!) {
    registerMyOrganisation(input: $input) {
      id
      name
    }
  }
`;
const ACCEPT = gql`
  mutation AcceptInvitation($code: String!) {
    acceptInvitation(code: $code) {
      role
      organisation {
        id
        name
      }
    }
  }
`;

export const MEMBER_ROLE_LABELS: Record<string, string> = { ADMIN: 'Administrateur', MEMBER: 'Membre' };
const VERIFICATION_LABELS: Record<string, string> = { UNVERIFIED: 'En attente de vérification', VERIFIED: 'Vérifiée', REJECTED: 'Refusée' };
const ACTIVITY_LABELS: Record<string, string> = { MEDIATION_PLACE: 'Lieu de médiation numérique', DISTRIBUTOR: 'Distributeur de pass (prescripteur)' };
const LEGAL_KINDS: Record<string, string> = {
  ASSOCIATION: 'Association',
  SOCIAL_CENTRE: 'Centre social',
  THIRD_PLACE: 'Tiers-lieu',
  CCAS: 'CCAS',
  COMMUNE: 'Commune',
  EPCI: 'Intercommunalité (EPCI)',
  DEPARTEMENT: 'Département',
  REGION: 'Région',
  PUBLIC_AGENCY: 'Établissement public',
  COMPANY: 'Entreprise',
  OPERATOR: 'Opérateur de pass',
};

export interface MyMembership {
  role: string;
  since: string;
  organisation: { id: string; name: string; siret: string | null; activities: string[]; verification: { status: string; reason: string | null } };
}

const INVITATION_KEY = 'pass-numerique-invitation';

/**
 * An invitation link (`/?invitation=<code>`) opened before signing in: the code is kept in the tab
 * through the provider's sign-in and sign-up, and offered on this page afterwards.
 */
export function rememberInvitationFromAddress() {
  const code = new URLSearchParams(window.location.search).get('invitation');
  if (code) sessionStorage.setItem(INVITATION_KEY, code);
}

export function MyOrganisation(props: { onMemberships?(organisations: MyMembership['organisation'][]): void }) {
  const memberships = useQuery<{ myMemberships: MyMembership[] }>(MY_MEMBERSHIPS, { fetchPolicy: 'network-only' });
  const list = memberships.data?.myMemberships ?? [];
  const { onMemberships } = props;
  // The console's pages follow the organisations the person belongs to (a new place gets the place's pages).
  useEffect(() => {
    if (memberships.data) onMemberships?.(memberships.data.myMemberships.map((m) => m.organisation));
  }, [memberships.data]);
  return (
    <>
      <h1>Ma structure</h1>
      <ErrorNotice error={memberships.error} />
      {list.length > 0 ? (
        <Table
          caption="Vos structures"
          headers={['Structure', 'SIRET', 'Activités', 'Vérification', 'Votre rôle', 'Depuis']}
          data={list.map((m) => [
            m.organisation.name,
            m.organisation.siret ?? '—',
            m.organisation.activities.map((a) => ACTIVITY_LABELS[a] ?? a).join(', '),
            `${VERIFICATION_LABELS[m.organisation.verification.status] ?? m.organisation.verification.status}${m.organisation.verification.reason ? ` : ${m.organisation.verification.reason}` : ''}`,
            MEMBER_ROLE_LABELS[m.role] ?? m.role,
            formatDate(m.since),
          ])}
        />
      ) : (
        !memberships.loading && <p>Vous n’êtes encore membre d’aucune structure : inscrivez la vôtre, ou rejoignez-la avec l’invitation qu’un de ses administrateurs vous a donnée.</p>
      )}
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-7">
          <RegisterForm onDone={() => void memberships.refetch()} />
        </div>
        <div className="fr-col-12 fr-col-md-5">
          <JoinForm onDone={() => void memberships.refetch()} />
        </div>
      </div>
    </>
  );
}

function RegisterForm(props: { onDone(): void }) {
  const [form, setForm] = useState({ name: '', siret: '', legalKind: 'ASSOCIATION', address: '', postalCode: '', inseeCode: '' });
  const [activities, setActivities] = useState<string[]>(['MEDIATION_PLACE']);
  const [register, registering] = useMutation<{ registerMyOrganisation: { id: string; name: string } }>(REGISTER);
  const [registered, setRegistered] = useState<string | undefined>();
  const set = (field: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [field]: e.target.value });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRegistered(undefined);
    try {
      const answer = await register({ variables: { input: { ...form, activities } } });
      setRegistered(answer.data?.registerMyOrganisation.name);
      props.onDone();
    } catch {
      // Said by the error notice.
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="register-title">
      <h2 id="register-title">Inscrire votre structure</h2>
      <p>Vous en deviendrez l’administrateur. La plateforme vérifie ensuite la structure : ses lieux ne peuvent pas être qualifiés par un programme avant.</p>
      <ErrorNotice error={registering.error} title="L’inscription n’a pas abouti" />
      {registered ? <Alert severity="success" small className="fr-mb-2w" description={`« ${registered} » est inscrite : elle attend la vérification de la plateforme.`} /> : null}
      <Input label="SIRET" hintText="14 chiffres, ceux de l’établissement" nativeInputProps={{ name: 'siret', value: form.siret, onChange: set('siret'), required: true, inputMode: 'numeric', autoComplete: 'off' }} />
      <Input label="Nom de la structure" nativeInputProps={{ name: 'name', value: form.name, onChange: set('name'), required: true, maxLength: 300 }} />
      <Select label="Forme juridique" nativeSelectProps={{ name: 'legalKind', value: form.legalKind, onChange: set('legalKind') }}>
        {Object.entries(LEGAL_KINDS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </Select>
      <Input label="Adresse" hintText="Numéro et voie" nativeInputProps={{ name: 'address', value: form.address, onChange: set('address'), required: true }} />
      <Input label="Code postal" nativeInputProps={{ name: 'postalCode', value: form.postalCode, onChange: set('postalCode'), required: true, inputMode: 'numeric' }} />
      <Input label="Code INSEE de la commune" hintText="Le code officiel de la commune, pas son code postal (Amiens : 80021)" nativeInputProps={{ name: 'inseeCode', value: form.inseeCode, onChange: set('inseeCode'), required: true }} />
      <Checkbox
        legend="Ce que fait la structure"
        options={Object.entries(ACTIVITY_LABELS).map(([value, label]) => ({
          label,
          nativeInputProps: { name: 'activities', value, checked: activities.includes(value), onChange: (e) => setActivities(e.target.checked ? [...activities, value] : activities.filter((a) => a !== value)) },
        }))}
      />
      <Button type="submit" disabled={registering.loading}>
        Inscrire la structure
      </Button>
    </form>
  );
}

function JoinForm(props: { onDone(): void }) {
  const [code, setCode] = useState(() => sessionStorage.getItem(INVITATION_KEY) ?? '');
  const [accept, accepting] = useMutation<{ acceptInvitation: { organisation: { name: string } } }>(ACCEPT);
  const [joined, setJoined] = useState<string | undefined>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setJoined(undefined);
    try {
      const answer = await accept({ variables: { code: code.trim() } });
      sessionStorage.removeItem(INVITATION_KEY);
      setJoined(answer.data?.acceptInvitation.organisation.name);
      setCode('');
      props.onDone();
    } catch {
      // Said by the error notice.
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="join-title">
      <h2 id="join-title">Rejoindre une structure</h2>
      <p>Votre structure est déjà inscrite ? Demandez une invitation à l’un de ses administrateurs, puis collez ici le code de l’invitation (ou ouvrez le lien reçu).</p>
      <ErrorNotice error={accepting.error} title="L’invitation n’a pas été acceptée" />
      {joined ? <Alert severity="success" small className="fr-mb-2w" description={`Vous êtes membre de « ${joined} ».`} /> : null}
      <Input label="Code d’invitation" nativeInputProps={{ name: 'invitation', value: code, onChange: (e) => setCode(e.target.value), required: true, autoComplete: 'off' }} />
      <Button type="submit" disabled={accepting.loading}>
        Rejoindre
      </Button>
    </form>
  );
}
