// "Structures à vérifier": the platform operator checks each self-registered organisation (its
// SIRET, name and address against the official registers) and verifies or rejects it, with a
// reason its members read. Until then its places cannot be qualified by a programme.
import { gql } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useState } from 'react';
import { ErrorNotice } from '../components/ErrorNotice';
import { formatDate } from '../format';

const AWAITING = gql`
  query OrganisationsAwaitingVerification {
    organisationsAwaitingVerification(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          siret
          registeredAt
          activities
          address {
            street
            postalCode
            communeName
          }
        }
      }
    }
  }
`;
const VERIFY = gql`
  mutation VerifyOrganisation($id: ID!) {
    verifyOrganisation(id: $id) {
      id
    }
  }
`;
const REJECT = gql`
  mutation RejectOrganisation($id: ID!, $reason: String!) {
    rejectOrganisation(id: $id, reason: $reason) {
      id
    }
  }
`;

interface Awaiting {
  id: string;
  name: string;
  siret: string | null;
  registeredAt: string;
  activities: string[];
  address: { street: string; postalCode: string; communeName: string | null };
}

const ACTIVITIES: Record<string, string> = { MEDIATION_PLACE: 'Lieu de médiation', DISTRIBUTOR: 'Distributeur' };

export function OrganisationsToVerify() {
  const awaiting = useQuery<{ organisationsAwaitingVerification: { totalCount: number; edges: Array<{ node: Awaiting }> } }>(AWAITING, { fetchPolicy: 'network-only' });
  const [verify, verifying] = useMutation(VERIFY);
  const [reject, rejecting] = useMutation(REJECT);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const refresh = () => void awaiting.refetch();
  const list = awaiting.data?.organisationsAwaitingVerification.edges.map((e) => e.node) ?? [];
  return (
    <>
      <h1>Structures à vérifier</h1>
      <p>Des structures se sont inscrites elles-mêmes. Vérifiez leur SIRET et leur adresse dans les registres officiels (annuaire des entreprises) avant de les valider : leurs lieux ne peuvent pas être qualifiés avant.</p>
      <ErrorNotice error={awaiting.error ?? verifying.error ?? rejecting.error} />
      {!awaiting.loading && list.length === 0 ? <p>Aucune structure n’attend de vérification.</p> : null}
      {list.length > 0 ? (
        <Table
          caption={`Structures en attente (${awaiting.data?.organisationsAwaitingVerification.totalCount ?? list.length})`}
          headers={['Structure', 'SIRET', 'Adresse', 'Activités', 'Inscrite le', 'Décision']}
          data={list.map((o) => [
            o.name,
            o.siret ?? '—',
            `${o.address.street}, ${o.address.postalCode} ${o.address.communeName ?? ''}`.trim(),
            o.activities.map((a) => ACTIVITIES[a] ?? a).join(', '),
            formatDate(o.registeredAt),
            <div key={o.id}>
              <Button type="button" size="small" disabled={verifying.loading} onClick={() => void verify({ variables: { id: o.id } }).then(refresh).catch(() => undefined)}>
                Valider
              </Button>
              <Input
                label={`Motif du refus de ${o.name}`}
                nativeInputProps={{ name: `reason-${o.id}`, value: reasons[o.id] ?? '', onChange: (e) => setReasons({ ...reasons, [o.id]: e.target.value }) }}
              />
              <Button type="button" size="small" priority="secondary" disabled={rejecting.loading || !(reasons[o.id] ?? '').trim()} onClick={() => void reject({ variables: { id: o.id, reason: reasons[o.id] } }).then(refresh).catch(() => undefined)}>
                Refuser
              </Button>
            </div>,
          ])}
        />
      ) : null}
    </>
  );
}
