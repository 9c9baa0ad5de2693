// "Clés d'API": an organisation's partner keys — list, issue with a label and scopes (the secret
// shown once, with a copy button), revoke. A vendor key (kind VENDOR) may also act for the
// organisations that delegate to it (page "Délégations").
import { gql } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '../components/ErrorNotice';
import { SecretOnce } from '../components/SecretOnce';
import { formatDate } from '../format';
import { scopeLabel, scopeOptions, useOrganisationPlaces } from './partner-scopes';

const KEYS = gql`
  query ApiKeys($id: ID!) {
    organisation(id: $id) {
      id
      name
      credentials {
        id
        label
        scopes
        kind
        status
        createdAt
        expiresAt
        lastUsedAt
      }
    }
  }
`;
const ISSUE = gql`
  mutation IssueApiKey($input: IssueCredentialInput!) {
    issueCredential(input: $input) {
      secret
      credential {
        id
      }
    }
  }
`;
const REVOKE = gql`
  mutation RevokeApiKey($id: ID!) {
    revokeCredential(credentialId: $id) {
      id
      status
      revokedAt
    }
  }
`;

const STATUS: Record<string, string> = { ACTIVE: 'Active', EXPIRED: 'Expirée', REVOKED: 'Révoquée' };

export function ApiKeys(props: { organisationId?: string }) {
  const organisationId = props.organisationId ?? '';
  const keys = useQuery<any>(KEYS, { variables: { id: organisationId }, skip: !organisationId });
  const places = useOrganisationPlaces(organisationId);
  const [issue, issuing] = useMutation<any>(ISSUE);
  const [revoke, revoking] = useMutation<any>(REVOKE);
  const [label, setLabel] = useState('');
  const [scopes, setScopes] = useState<string[]>([]);
  const [vendor, setVendor] = useState(false);
  const [secret, setSecret] = useState<string>();

  const onIssue = async (event: FormEvent) => {
    event.preventDefault();
    const { data } = await issue({ variables: { input: { organisationId, label, scopes, kind: vendor ? 'VENDOR' : 'ORGANISATION' } } }).catch(() => ({ data: undefined }));
    if (!data) return;
    setSecret(data.issueCredential.secret);
    setLabel('');
    setScopes([]);
    setVendor(false);
    await keys.refetch();
  };
  const toggle = (scope: string, on: boolean) => setScopes((current) => (on ? [...current, scope] : current.filter((s) => s !== scope)));
  const list: any[] = keys.data?.organisation?.credentials ?? [];
  const placeNames = new Map(places.map((p) => [p.id, p.name]));

  return (
    <>
      <h1>Clés d’API</h1>
      <p>Les clés permettent aux logiciels de votre organisation (caisse, outil de suivi) d’appeler l’API. Le secret d’une clé n’est montré qu’une fois.</p>
      {secret && <SecretOnce title="Nouvelle clé d’API" secret={secret} onDone={() => setSecret(undefined)} />}
      <ErrorNotice error={keys.error ?? revoking.error} />
      <Table
        caption="Clés de l’organisation"
        headers={['Libellé', 'Type', 'Droits', 'État', 'Créée le', 'Expire le', 'Dernier usage', 'Action']}
        data={list.map((key) => [
          key.label,
          key.kind === 'VENDOR' ? 'Éditeur' : 'Organisation',
          key.scopes.map((s: string) => scopeLabel(s, placeNames)).join(', '),
          STATUS[key.status] ?? key.status,
          formatDate(key.createdAt),
          formatDate(key.expiresAt),
          formatDate(key.lastUsedAt),
          key.status === 'ACTIVE' ? (
            <Button key={key.id} size="small" priority="secondary" disabled={revoking.loading} onClick={() => void revoke({ variables: { id: key.id } }).catch(() => undefined)}>
              Révoquer {key.label}
            </Button>
          ) : (
            '—'
          ),
        ])}
      />
      {list.length === 0 && !keys.loading && <p>Aucune clé pour l’instant.</p>}

      <h2 className="fr-mt-4w">Créer une clé</h2>
      <form onSubmit={(e) => void onIssue(e)} aria-label="Créer une clé d’API">
        <ErrorNotice error={issuing.error} />
        <Input label="Libellé" hintText="Ce que fait le logiciel, par exemple « Caisse de l’accueil »" nativeInputProps={{ value: label, onChange: (e) => setLabel(e.target.value), required: true, maxLength: 200 }} />
        <Checkbox
          legend="Droits de la clé"
          options={scopeOptions(organisationId, places).map((option) => ({
            label: option.label,
            nativeInputProps: { checked: scopes.includes(option.scope), onChange: (e) => toggle(option.scope, e.target.checked) },
          }))}
        />
        <Checkbox
          options={[
            {
              label: 'Clé d’éditeur de logiciel',
              hintText: 'Elle peut aussi agir pour les organisations qui délèguent à la vôtre (en-tête X-On-Behalf-Of).',
              nativeInputProps: { checked: vendor, onChange: (e) => setVendor(e.target.checked) },
            },
          ]}
        />
        <Button type="submit" disabled={issuing.loading || !label.trim() || scopes.length === 0}>
          Créer la clé
        </Button>
      </form>
    </>
  );
}
