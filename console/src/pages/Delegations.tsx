// "Délégations": an organisation lets a software vendor's keys act for it. As the organisation:
// the requests received, to accept or decline, and the delegations in force, to revoke. As a
// vendor: ask an organisation (by SIRET or id) for a delegation, and follow the requests made.
import { gql } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '../components/ErrorNotice';
import { formatDate } from '../format';
import { scopeLabel, scopeOptions, useOrganisationPlaces } from './partner-scopes';

const DELEGATION_FIELDS = `
  id
  status
  scopes
  requestedAt
  vendor { id name siret }
  organisation { id name siret }
  history { status at side }
`;
const DELEGATIONS = gql`
  query Delegations($id: ID!) {
    organisation(id: $id) {
      id
      delegationsGranted { ${DELEGATION_FIELDS} }
      delegationsReceived { ${DELEGATION_FIELDS} }
    }
  }
`;
const FIND_BY_SIRET = gql`
  query DelegationTargetBySiret($siret: String!) {
    organisationBySiret(siret: $siret) {
      id
      name
      siret
    }
  }
`;
const FIND_BY_ID = gql`
  query DelegationTargetById($id: ID!) {
    organisation(id: $id) {
      id
      name
      siret
    }
  }
`;
const REQUEST = gql`
  mutation RequestDelegation($input: RequestDelegationInput!) {
    requestDelegation(input: $input) {
      id
      status
    }
  }
`;
const step = (name: string) => gql`
  mutation ${name[0].toUpperCase()}${name.slice(1)}($id: ID!) {
    ${name}(delegationId: $id) {
      id
      status
    }
  }
`;
const ACCEPT = step('acceptDelegation');
const DECLINE = step('declineDelegation');
const REVOKE = step('revokeDelegation');

const STATUS: Record<string, string> = { PENDING: 'En attente', ACTIVE: 'En vigueur', DECLINED: 'Refusée', REVOKED: 'Révoquée' };

interface Target {
  id: string;
  name: string;
  siret: string | null;
}

export function Delegations(props: { organisationId?: string }) {
  const organisationId = props.organisationId ?? '';
  const client = useApolloClient();
  const lists = useQuery<any>(DELEGATIONS, { variables: { id: organisationId }, skip: !organisationId });
  const refetch = { refetchQueries: ['Delegations'], awaitRefetchQueries: true };
  const [accept, accepting] = useMutation<any>(ACCEPT, refetch);
  const [decline, declining] = useMutation<any>(DECLINE, refetch);
  const [revoke, revoking] = useMutation<any>(REVOKE, refetch);
  const [request, requesting] = useMutation<any>(REQUEST, refetch);
  const [search, setSearch] = useState('');
  const [target, setTarget] = useState<Target | null>();
  const [scopes, setScopes] = useState<string[]>([]);
  const [requested, setRequested] = useState<string>();
  const targetPlaces = useOrganisationPlaces(target?.id);
  const busy = accepting.loading || declining.loading || revoking.loading;

  const granted: any[] = lists.data?.organisation?.delegationsGranted ?? [];
  const received: any[] = lists.data?.organisation?.delegationsReceived ?? [];
  const pending = granted.filter((d) => d.status === 'PENDING');
  const active = granted.filter((d) => d.status === 'ACTIVE');
  const names = new Map<string, string>();

  const onSearch = async (event: FormEvent) => {
    event.preventDefault();
    setRequested(undefined);
    setScopes([]);
    const text = search.trim();
    const bySiret = /^[\d\s]{14,17}$/.test(text);
    const { data } = await client
      .query<any>({ query: bySiret ? FIND_BY_SIRET : FIND_BY_ID, variables: bySiret ? { siret: text.replace(/\s/g, '') } : { id: text }, fetchPolicy: 'network-only' })
      .catch(() => ({ data: undefined }));
    setTarget((bySiret ? data?.organisationBySiret : data?.organisation) ?? null);
  };
  const onRequest = async (event: FormEvent) => {
    event.preventDefault();
    if (!target) return;
    const { data } = await request({ variables: { input: { vendorOrganisationId: organisationId, organisationId: target.id, scopes } } }).catch(() => ({ data: undefined }));
    if (!data) return;
    setRequested(target.name);
    setTarget(undefined);
    setSearch('');
  };
  const toggle = (scope: string, on: boolean) => setScopes((current) => (on ? [...current, scope] : current.filter((s) => s !== scope)));
  const scopesOf = (d: any) => d.scopes.map((s: string) => scopeLabel(s, names)).join(', ');
  const act = (mutation: typeof accept, id: string) => void mutation({ variables: { id } }).catch(() => undefined);

  return (
    <>
      <h1>Délégations</h1>
      <p>
        Une délégation permet à l’éditeur de votre logiciel (caisse, outil de suivi) d’appeler l’API pour votre organisation avec ses propres clés, avec les seuls droits que vous lui accordez. Vous pouvez la
        révoquer à tout moment.
      </p>
      <ErrorNotice error={lists.error ?? accepting.error ?? declining.error ?? revoking.error} />

      <h2>Demandes reçues</h2>
      {pending.length === 0 ? (
        <p>Aucune demande en attente.</p>
      ) : (
        <Table
          caption="Demandes de délégation en attente"
          headers={['Éditeur', 'Droits demandés', 'Demandée le', 'Décision']}
          data={pending.map((d) => [
            d.vendor?.name ?? '—',
            scopesOf(d),
            formatDate(d.requestedAt),
            <div key={d.id} className="fr-btns-group fr-btns-group--inline-sm">
              <Button size="small" disabled={busy} onClick={() => act(accept, d.id)}>
                Accepter la demande de {d.vendor?.name}
              </Button>
              <Button size="small" priority="secondary" disabled={busy} onClick={() => act(decline, d.id)}>
                Refuser la demande de {d.vendor?.name}
              </Button>
            </div>,
          ])}
        />
      )}

      <h2>Délégations accordées en vigueur</h2>
      {active.length === 0 ? (
        <p>Aucune délégation en vigueur.</p>
      ) : (
        <Table
          caption="Délégations accordées"
          headers={['Éditeur', 'Droits', 'Acceptée le', 'Action']}
          data={active.map((d) => [
            d.vendor?.name ?? '—',
            scopesOf(d),
            formatDate(d.history.find((s: any) => s.status === 'ACTIVE')?.at),
            <Button key={d.id} size="small" priority="secondary" disabled={busy} onClick={() => act(revoke, d.id)}>
              Révoquer la délégation de {d.vendor?.name}
            </Button>,
          ])}
        />
      )}

      <h2 className="fr-mt-4w">En tant qu’éditeur de logiciel</h2>
      <p>Demandez à une organisation cliente de vous déléguer des droits : vos clés d’éditeur agiront pour elle avec l’en-tête X-On-Behalf-Of.</p>
      {requested && <Alert severity="success" small className="fr-mb-2w" description={`Demande envoyée à ${requested} : elle doit l’accepter.`} />}
      <form onSubmit={(e) => void onSearch(e)} aria-label="Trouver l’organisation cliente">
        <Input label="SIRET ou identifiant de l’organisation" nativeInputProps={{ value: search, onChange: (e) => setSearch(e.target.value), required: true }} />
        <Button type="submit" priority="secondary">
          Rechercher
        </Button>
      </form>
      {target === null && <Alert severity="info" small className="fr-my-2w" description="Aucune organisation ne correspond : vérifiez le SIRET ou l’identifiant." />}
      {target && (
        <form className="fr-mt-2w" onSubmit={(e) => void onRequest(e)} aria-label="Demander une délégation">
          <ErrorNotice error={requesting.error} />
          <Checkbox
            legend={`Droits demandés à ${target.name}`}
            options={scopeOptions(target.id, targetPlaces).map((option) => ({
              label: option.label,
              nativeInputProps: { checked: scopes.includes(option.scope), onChange: (e) => toggle(option.scope, e.target.checked) },
            }))}
          />
          <Button type="submit" disabled={requesting.loading || scopes.length === 0}>
            Demander la délégation
          </Button>
        </form>
      )}
      <Table
        className="fr-mt-3w"
        caption="Délégations demandées par votre organisation"
        headers={['Organisation', 'Droits', 'État', 'Demandée le', 'Action']}
        data={received.map((d) => [
          d.organisation?.name ?? '—',
          scopesOf(d),
          STATUS[d.status] ?? d.status,
          formatDate(d.requestedAt),
          d.status === 'PENDING' || d.status === 'ACTIVE' ? (
            <Button key={d.id} size="small" priority="secondary" disabled={busy} onClick={() => act(revoke, d.id)}>
              {d.status === 'PENDING' ? 'Retirer la demande' : 'Renoncer'} ({d.organisation?.name})
            </Button>
          ) : (
            '—'
          ),
        ])}
      />
    </>
  );
}
