// "Bac à sable": an organisation's sandbox — opened here, its test passes listed with their codes
// (and renewed), its test keys issued (the secret shown once), and how to call the API with them.
// Nothing done in a sandbox counts in any figure, statement or payment.
import { gql } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useEffect, useState, type FormEvent } from 'react';
import { ErrorNotice } from '../components/ErrorNotice';
import { SecretOnce } from '../components/SecretOnce';
import { formatDate } from '../format';
import { useOrganisationPlaces } from './partner-scopes';

const SANDBOX = gql`
  query Sandbox($id: ID!) {
    organisation(id: $id) {
      id
      name
      sandbox {
        programmeId
        name
        createdAt
        passes {
          number
          code
          status
          bookletId
          faceValue {
            formatted
          }
          validUntil
        }
      }
      credentials {
        id
        label
        environment
        status
        createdAt
        expiresAt
      }
    }
  }
`;
const CREATE = gql`
  mutation CreateSandbox($id: ID!) {
    createSandbox(organisationId: $id) {
      programmeId
    }
  }
`;
const RESET = gql`
  mutation ResetSandboxPasses($id: ID!) {
    resetSandboxPasses(programmeId: $id) {
      programmeId
    }
  }
`;
const ISSUE = gql`
  mutation IssueSandboxKey($input: IssueCredentialInput!) {
    issueCredential(input: $input) {
      secret
      credential {
        id
      }
    }
  }
`;

const PASS_STATES: Record<string, string> = { ISSUED: 'Dans un carnet (à remettre)', HANDED_OUT: 'Remis (à encaisser)', REDEEMED: 'Encaissé', EXPIRED: 'Expiré' };
const KEY_STATES: Record<string, string> = { ACTIVE: 'Active', EXPIRED: 'Expirée', REVOKED: 'Révoquée' };

interface TestPass {
  number: string;
  code: string;
  status: string;
  bookletId: string;
  faceValue: { formatted: string };
  validUntil: string | null;
}

export function Sandbox(props: { organisationId?: string }) {
  const organisationId = props.organisationId ?? '';
  const query = useQuery<any>(SANDBOX, { variables: { id: organisationId }, skip: !organisationId });
  const places = useOrganisationPlaces(organisationId);
  const [create, creating] = useMutation<any>(CREATE);
  const [reset, resetting] = useMutation<any>(RESET);
  const [issue, issuing] = useMutation<any>(ISSUE);
  const [label, setLabel] = useState('');
  const [secret, setSecret] = useState<string>();

  const organisation = query.data?.organisation;
  const sandbox = organisation?.sandbox;
  const passes: TestPass[] = sandbox?.passes ?? [];
  // The passes service issues the test passes a moment after the sandbox is opened.
  const passesPending = !!sandbox && passes.length === 0;
  const { startPolling, stopPolling } = query;
  useEffect(() => {
    if (!passesPending) return;
    startPolling(1_000);
    return () => stopPolling();
  }, [passesPending, startPolling, stopPolling]);
  const testKeys: any[] = (organisation?.credentials ?? []).filter((key: { environment: string }) => key.environment === 'SANDBOX');
  const scopes = [...places.map((p) => `redeem:place:${p.id}`), `handout:distributor:${organisationId}`];
  const ready = passes.find((p) => p.status === 'HANDED_OUT');

  const onCreate = async () => {
    await create({ variables: { id: organisationId } }).catch(() => undefined);
    await query.refetch();
  };
  const onReset = async () => {
    await reset({ variables: { id: sandbox.programmeId } }).catch(() => undefined);
    await query.refetch();
  };
  const onIssue = async (event: FormEvent) => {
    event.preventDefault();
    const { data } = await issue({ variables: { input: { organisationId, label, scopes, environment: 'SANDBOX' } } }).catch(() => ({ data: undefined }));
    if (!data) return;
    setSecret(data.issueCredential.secret);
    setLabel('');
    await query.refetch();
  };

  return (
    <>
      <h1>Bac à sable</h1>
      <p>
        Le bac à sable permet d’essayer votre logiciel (caisse, outil de suivi) sur des pass de test, avec la même API que pour les vrais pass. Rien de ce qui s’y passe
        ne compte : ni dans les chiffres, ni dans les données ouvertes, ni dans les relevés ou les paiements.
      </p>
      <ErrorNotice error={query.error ?? creating.error ?? resetting.error} />
      {organisation && !sandbox && (
        <Button type="button" disabled={creating.loading} onClick={() => void onCreate()}>
          Ouvrir le bac à sable
        </Button>
      )}
      {sandbox && (
        <>
          <p>
            <strong>{sandbox.name}</strong>, ouvert le {formatDate(sandbox.createdAt)}.
          </p>

          <h2 className="fr-mt-4w">Pass de test</h2>
          {passesPending ? (
            <p role="status">Les pass de test sont en cours d’émission…</p>
          ) : (
            <>
              <Table
                caption="Pass de test du bac à sable"
                headers={['Numéro', 'Code', 'État', 'Valeur', 'Valable jusqu’au']}
                data={passes.map((p) => [p.number, <code key={p.number}>{p.code}</code>, PASS_STATES[p.status] ?? p.status, p.faceValue.formatted, formatDate(p.validUntil)])}
              />
              <Button type="button" priority="secondary" disabled={resetting.loading} onClick={() => void onReset()}>
                Renouveler les pass de test
              </Button>
            </>
          )}

          <h2 className="fr-mt-4w">Clés de test</h2>
          <p>
            Une clé de test (son secret commence par <code>pnk_test_</code>) n’agit que dans le bac à sable : un vrai pass est, pour elle, un pass qui n’existe pas, et une
            vraie clé ne trouve aucun pass de test.
          </p>
          {secret && <SecretOnce title="Nouvelle clé de test" secret={secret} onDone={() => setSecret(undefined)} />}
          <Table
            caption="Clés de test de l’organisation"
            headers={['Libellé', 'État', 'Créée le', 'Expire le']}
            data={testKeys.map((key) => [key.label, KEY_STATES[key.status] ?? key.status, formatDate(key.createdAt), formatDate(key.expiresAt)])}
          />
          {testKeys.length === 0 && <p>Aucune clé de test pour l’instant.</p>}
          <form onSubmit={(e) => void onIssue(e)} aria-label="Créer une clé de test">
            <ErrorNotice error={issuing.error} />
            <Input
              label="Libellé de la clé de test"
              hintText="Elle pourra encaisser aux lieux de l’organisation et remettre des pass, dans le bac à sable seulement"
              nativeInputProps={{ value: label, onChange: (e) => setLabel(e.target.value), required: true, maxLength: 200 }}
            />
            <Button type="submit" disabled={issuing.loading || !label.trim()}>
              Créer la clé de test
            </Button>
          </form>

          <h2 className="fr-mt-4w">Essayer l’API</h2>
          <p>Avec une clé de test, vérifiez puis encaissez un pass de test remis, au premier lieu de l’organisation :</p>
          <pre data-testid="sandbox-howto" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
            <code>{howTo(window.location.origin, ready, places[0]?.id)}</code>
          </pre>
        </>
      )}
    </>
  );
}

function howTo(origin: string, pass: TestPass | undefined, placeId: string | undefined): string {
  const number = pass?.number ?? '<numéro>';
  const code = pass?.code ?? '<code>';
  const place = placeId ?? '<id du lieu>';
  const call = (body: object) => `curl -s ${origin}/graphql -H 'Content-Type: application/json' -H "X-Api-Key: $PN_TEST_KEY" \\\n  -d '${JSON.stringify(body)}'`;
  return [
    'export PN_TEST_KEY=pnk_test_…',
    '',
    '# Vérifier le pass',
    call({ query: 'query($p: PresentedPassInput!, $place: ID) { checkPass(pass: $p, placeId: $place) { redeemable refusal faceValue { formatted } } }', variables: { p: { passNumber: number, code }, place } }),
    '',
    '# L’encaisser (la même clé d’idempotence rejouée rend le même encaissement)',
    call({
      query: 'mutation($i: RedeemPassInput!) { redeemPass(input: $i) { id status faceValue { formatted } } }',
      variables: { i: { pass: { passNumber: number, code }, placeId: place, idempotencyKey: 'essai-1' } },
    }),
  ].join('\n');
}
