// A place's desk, made for a phone at the counter: check a pass, redeem it, and read the
// monthly statements with their PDF justification.
import { gql } from '@apollo/client';
import { useApolloClient, useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useState, type FormEvent } from 'react';
import { frenchErrors } from '../apollo';
import { ErrorNotice } from '../components/ErrorNotice';
import { Pager, useCursorPages } from '../components/Pager';
import { frenchMessage } from '../errors';
import { formatDate, STATEMENT_STATES } from '../format';

const MY_PLACES = gql`
  query MyPlaces($organisationId: ID!) {
    places(organisationId: $organisationId, first: 50) {
      edges {
        node {
          id
          name
          acceptsPasses
          address {
            communeName
            postalCode
          }
        }
      }
    }
  }
`;
const CHECK = gql`
  query CheckPass($pass: PresentedPassInput!, $placeId: ID) {
    checkPass(pass: $pass, placeId: $placeId) {
      passNumber
      status
      redeemable
      refusal
      faceValue {
        formatted
      }
      validUntil
    }
  }
`;
const REDEEM = gql`
  mutation RedeemPass($input: RedeemPassInput!) {
    redeemPass(input: $input) {
      id
      passNumber
      faceValue {
        formatted
      }
      redeemedAt
    }
  }
`;
const STATEMENTS = gql`
  query PlaceStatements($placeId: ID, $first: Int!, $after: String) {
    statements(placeId: $placeId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          month
          passCount
          status
          paidOn
          amount {
            formatted
          }
        }
      }
    }
  }
`;
const STATEMENT_PDF = gql`
  query StatementPdf($id: ID!) {
    statement(id: $id) {
      id
      month
      justificationPdfBase64
    }
  }
`;

/** Same rule as the API: 12 digits once spaces and dashes are removed; a code of 8 characters. */
export function presentedPassProblems(mode: 'typed' | 'scanned', passNumber: string, code: string, qrPayload: string): Record<string, string> {
  const problems: Record<string, string> = {};
  if (mode === 'typed') {
    if (!/^\d{12}$/.test(passNumber.replace(/[\s-]/g, ''))) problems.passNumber = 'Le numéro du pass compte 12 chiffres.';
    if (!/^[A-Za-z0-9]{8}$/.test(code.trim())) problems.code = 'Le code de vérification compte 8 caractères.';
  } else if (!/^PN1\.\d{12}\.[A-Za-z0-9]{8}$/.test(qrPayload.trim())) {
    problems.qrPayload = 'Le contenu du QR code commence par PN1. suivi du numéro et du code.';
  }
  return problems;
}

export function PlaceDesk(props: { organisationId?: string }) {
  const { data, error } = useQuery<any>(MY_PLACES, { variables: { organisationId: props.organisationId }, skip: !props.organisationId });
  const places = data?.places.edges.map((e: any) => e.node) ?? [];
  const [chosen, setChosen] = useState<string | undefined>();
  const placeId = chosen ?? places[0]?.id;
  if (!props.organisationId) return <Alert severity="warning" small description="Ce compte n’est rattaché à aucune organisation." />;
  return (
    <div className="console-narrow">
      <h1 className="fr-h3">Encaisser un pass</h1>
      <ErrorNotice error={error} />
      {places.length > 1 ? (
        <Select label="Lieu" nativeSelectProps={{ value: placeId, onChange: (e) => setChosen(e.target.value) }}>
          {places.map((p: any) => (
            <option key={p.id} value={p.id}>
              {p.name} — {p.address.communeName}
            </option>
          ))}
        </Select>
      ) : places[0] ? (
        <p className="fr-text--lead" data-testid="place-name">
          {places[0].name} — {places[0].address.postalCode} {places[0].address.communeName}
        </p>
      ) : data ? (
        <p>Aucun lieu n’est enregistré pour votre organisation.</p>
      ) : null}
      {placeId ? (
        <>
          <RedeemForm placeId={placeId} />
          <Statements placeId={placeId} />
        </>
      ) : null}
    </div>
  );
}

function RedeemForm(props: { placeId: string }) {
  const [mode, setMode] = useState<'typed' | 'scanned'>('typed');
  const [passNumber, setPassNumber] = useState('');
  const [code, setCode] = useState('');
  const [qrPayload, setQrPayload] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  // One key per presented pass: a retry after a lost answer returns the first redemption.
  const [idempotency, setIdempotency] = useState({ presented: '', key: crypto.randomUUID() });
  const [check, checked] = useLazyQuery<any>(CHECK, { fetchPolicy: 'network-only' });
  const [redeem, redeemed] = useMutation<any>(REDEEM);
  const [outcome, setOutcome] = useState<{ severity: 'success' | 'error' | 'info'; text: string } | undefined>();

  const presented = () => (mode === 'typed' ? { passNumber: passNumber.replace(/[\s-]/g, ''), code: code.trim() } : { qrPayload: qrPayload.trim() });
  const validate = () => {
    const found = presentedPassProblems(mode, passNumber, code, qrPayload);
    setProblems(found);
    return Object.keys(found).length === 0;
  };

  const onCheck = async () => {
    setOutcome(undefined);
    if (!validate()) return;
    try {
      const result = await check({ variables: { pass: presented(), placeId: props.placeId } });
      if (result.error) throw result.error;
      const c = result.data.checkPass;
      setOutcome(
        c.redeemable
          ? { severity: 'info', text: `Pass ${c.passNumber} valable : ${c.faceValue.formatted}, jusqu’au ${formatDate(c.validUntil)}.` }
          : { severity: 'error', text: frenchMessage(c.refusal) },
      );
    } catch (error) {
      setOutcome({ severity: 'error', text: frenchErrors(error) });
    }
  };

  const onRedeem = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome(undefined);
    if (!validate()) return;
    const fingerprint = JSON.stringify(presented());
    const key = idempotency.presented === fingerprint ? idempotency.key : crypto.randomUUID();
    setIdempotency({ presented: fingerprint, key });
    try {
      const { data } = await redeem({ variables: { input: { pass: presented(), placeId: props.placeId, idempotencyKey: key } } });
      setOutcome({ severity: 'success', text: `Pass ${data.redeemPass.passNumber} encaissé : ${data.redeemPass.faceValue.formatted} vous seront remboursés dans le relevé du mois.` });
    } catch (error) {
      setOutcome({ severity: 'error', text: frenchErrors(error) });
    }
  };

  return (
    <form onSubmit={onRedeem} noValidate aria-labelledby="redeem-title" className="fr-mb-6w">
      <h2 id="redeem-title" className="fr-h5">
        Présenter le pass
      </h2>
      <RadioButtons
        legend="Comment le pass est-il présenté ?"
        orientation="horizontal"
        options={[
          { label: 'Saisie du numéro et du code', nativeInputProps: { checked: mode === 'typed', onChange: () => setMode('typed') } },
          { label: 'QR code scanné', nativeInputProps: { checked: mode === 'scanned', onChange: () => setMode('scanned') } },
        ]}
      />
      {mode === 'typed' ? (
        <>
          <Input
            label="Numéro du pass"
            hintText="12 chiffres, imprimés sur le pass"
            state={problems.passNumber ? 'error' : 'default'}
            stateRelatedMessage={problems.passNumber}
            nativeInputProps={{ name: 'passNumber', inputMode: 'numeric', autoComplete: 'off', value: passNumber, onChange: (e) => setPassNumber(e.target.value) }}
          />
          <Input
            label="Code de vérification"
            hintText="8 caractères, sous la zone à gratter"
            state={problems.code ? 'error' : 'default'}
            stateRelatedMessage={problems.code}
            nativeInputProps={{ name: 'code', autoComplete: 'off', autoCapitalize: 'characters', value: code, onChange: (e) => setCode(e.target.value) }}
          />
        </>
      ) : (
        <Input
          label="Contenu du QR code"
          hintText="Collez ce que le lecteur a lu : PN1.<numéro>.<code>"
          state={problems.qrPayload ? 'error' : 'default'}
          stateRelatedMessage={problems.qrPayload}
          nativeInputProps={{ name: 'qrPayload', autoComplete: 'off', value: qrPayload, onChange: (e) => setQrPayload(e.target.value) }}
        />
      )}
      <div className="fr-btns-group fr-btns-group--inline-sm">
        <Button type="button" priority="secondary" onClick={() => void onCheck()} disabled={checked.loading}>
          Vérifier
        </Button>
        <Button type="submit" disabled={redeemed.loading}>
          Encaisser
        </Button>
      </div>
      <div aria-live="polite" data-testid="redeem-outcome">
        {outcome ? <Alert severity={outcome.severity} small description={outcome.text} className="fr-mt-2w" /> : null}
      </div>
    </form>
  );
}

const STATEMENT_PAGE = 6;

function Statements(props: { placeId: string }) {
  const pages = useCursorPages();
  const client = useApolloClient();
  const { data, error } = useQuery<any>(STATEMENTS, { variables: { placeId: props.placeId, first: STATEMENT_PAGE, after: pages.after } });
  const [downloading, setDownloading] = useState<string | undefined>();
  const [downloadError, setDownloadError] = useState<unknown>();
  const connection = data?.statements;

  const download = async (id: string) => {
    setDownloading(id);
    setDownloadError(undefined);
    try {
      const { data: pdf } = await client.query<any>({ query: STATEMENT_PDF, variables: { id }, fetchPolicy: 'network-only' });
      const bytes = Uint8Array.from(atob(pdf.statement.justificationPdfBase64), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
      const link = Object.assign(document.createElement('a'), { href: url, download: `releve-${pdf.statement.month}.pdf` });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (failure) {
      setDownloadError(failure);
    } finally {
      setDownloading(undefined);
    }
  };

  return (
    <section aria-labelledby="statements-title">
      <h2 id="statements-title" className="fr-h5">
        Relevés mensuels
      </h2>
      <ErrorNotice error={error ?? downloadError} />
      {connection && connection.totalCount === 0 ? <p>Aucun relevé pour l’instant : le relevé d’un mois est établi après sa fin.</p> : null}
      {connection && connection.totalCount > 0 ? (
        <>
          <Table
            caption="Relevés"
            headers={['Mois', 'Pass', 'Montant', 'État', 'Justificatif']}
            data={connection.edges.map(({ node }: any) => [
              node.month,
              String(node.passCount),
              node.amount.formatted,
              `${STATEMENT_STATES[node.status] ?? node.status}${node.paidOn ? ` le ${formatDate(node.paidOn)}` : ''}`,
              <Button key={node.id} size="small" priority="tertiary" iconId="fr-icon-download-line" onClick={() => void download(node.id)} disabled={downloading === node.id}>
                {downloading === node.id ? 'Préparation…' : `PDF ${node.month}`}
              </Button>,
            ])}
          />
          <Pager label="relevés" pages={pages} pageInfo={connection.pageInfo} totalCount={connection.totalCount} pageSize={STATEMENT_PAGE} />
        </>
      ) : null}
    </section>
  );
}
