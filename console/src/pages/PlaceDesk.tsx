// A place's desk, made for a phone at the counter: check a pass, redeem it, see the latest
// redemptions and cancel a mistake within 72 hours, and read the monthly statements (number,
// amount, the bank details they are paid to) with their PDF justification. Lists are cards, not
// tables: a 390 px phone never scrolls sideways.
import { gql } from '@apollo/client';
import { useApolloClient, useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { frenchErrors } from '../apollo';
import { ErrorNotice } from '../components/ErrorNotice';
import { Pager, useCursorPages } from '../components/Pager';
import { frenchMessage } from '../errors';
import { formatDate, formatLongDate, formatMonth, STATEMENT_STATES } from '../format';

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
          number
          month
          passCount
          status
          paidOn
          paymentReference
          amount {
            formatted
          }
          payeeBankDetails {
            versionId
            iban
            ibanMasked
            holder
          }
        }
      }
    }
  }
`;
const RECENT_REDEMPTIONS = gql`
  query PlaceRedemptions($placeId: ID!, $first: Int!, $after: String) {
    placeRedemptions(placeId: $placeId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          passNumber
          faceValue {
            formatted
          }
          redeemedAt
          status
          cancelledAt
          cancellationReason
          cancellableUntil
        }
      }
    }
  }
`;
const CANCEL_REDEMPTION = gql`
  mutation CancelRedemption($id: ID!, $reason: String!) {
    cancelRedemption(redemptionId: $id, reason: $reason) {
      id
      status
      cancelledAt
      cancellationReason
      cancellableUntil
    }
  }
`;
const STATEMENT_PDF = gql`
  query StatementPdf($id: ID!) {
    statement(id: $id) {
      id
      number
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
      {placeId ? <PlaceWork placeId={placeId} /> : null}
    </div>
  );
}

function PlaceWork(props: { placeId: string }) {
  const [redemptionsSeen, setRedemptionsSeen] = useState(0);
  return (
    <>
      <RedeemForm placeId={props.placeId} onRedeemed={() => setRedemptionsSeen((n) => n + 1)} />
      <RecentRedemptions placeId={props.placeId} refresh={redemptionsSeen} />
      <Statements placeId={props.placeId} />
    </>
  );
}

function RedeemForm(props: { placeId: string; onRedeemed(): void }) {
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
      // The next person's pass starts from an empty form; a retry of this one is no longer possible from it.
      setPassNumber('');
      setCode('');
      setQrPayload('');
      setProblems({});
      props.onRedeemed();
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
      const link = Object.assign(document.createElement('a'), { href: url, download: `releve-${pdf.statement.number}.pdf` });
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
          <ul className="console-cards" aria-label="Relevés">
            {connection.edges.map(({ node }: any) => (
              <li key={node.id} className="console-card" data-testid="statement">
                <h3 className="fr-h6 fr-mb-1v">Relevé de {formatMonth(node.month)}</h3>
                <p className="fr-text--sm fr-mb-1v console-wrap">N° {node.number}</p>
                <p className="fr-mb-1v">
                  <strong>{node.amount.formatted}</strong> pour {node.passCount} pass — {STATEMENT_STATES[node.status] ?? node.status}
                  {node.paidOn ? ` le ${formatLongDate(node.paidOn)}` : ''}
                  {node.paymentReference ? ` (réf. ${node.paymentReference})` : ''}
                </p>
                <p className="fr-text--sm fr-mb-1w console-wrap">
                  {node.payeeBankDetails
                    ? `Versé sur l’IBAN ${node.payeeBankDetails.iban ?? node.payeeBankDetails.ibanMasked}${node.payeeBankDetails.holder ? `, au nom de ${node.payeeBankDetails.holder}` : ''}`
                    : 'IBAN : celui en vigueur à l’approbation du relevé.'}
                </p>
                <Button size="small" priority="secondary" iconId="fr-icon-download-line" onClick={() => void download(node.id)} disabled={downloading === node.id}>
                  {downloading === node.id ? 'Préparation…' : `Justificatif PDF de ${formatMonth(node.month)}`}
                </Button>
              </li>
            ))}
          </ul>
          <Pager label="relevés" pages={pages} pageInfo={connection.pageInfo} totalCount={connection.totalCount} pageSize={STATEMENT_PAGE} />
        </>
      ) : null}
    </section>
  );
}

const REDEMPTION_PAGE = 5;
const instant = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
const formatInstant = (iso: string) => instant.format(new Date(iso));

/** The place's latest redemptions; one still within its window can be cancelled, with a reason. */
function RecentRedemptions(props: { placeId: string; refresh: number }) {
  const pages = useCursorPages();
  const { data, error, refetch } = useQuery<any>(RECENT_REDEMPTIONS, { variables: { placeId: props.placeId, first: REDEMPTION_PAGE, after: pages.after }, fetchPolicy: 'cache-and-network' });
  // A redemption at the counter (props.refresh counts them) shows at the top of the list.
  const shown = useRef(props.refresh);
  useEffect(() => {
    if (shown.current === props.refresh) return;
    shown.current = props.refresh;
    void refetch();
  }, [props.refresh, refetch]);
  const [cancelling, setCancelling] = useState<string | undefined>();
  const [announcement, setAnnouncement] = useState('');
  const connection = data?.placeRedemptions;

  return (
    <section aria-labelledby="redemptions-title" className="fr-mb-6w">
      <h2 id="redemptions-title" className="fr-h5">
        Derniers encaissements
      </h2>
      <p className="fr-text--sm">Une erreur de saisie s’annule dans les 72 heures, tant que le relevé du mois n’est pas établi.</p>
      <ErrorNotice error={error} />
      <div aria-live="polite" data-testid="redemption-announcement" className="fr-sr-only">
        {announcement}
      </div>
      {connection && connection.totalCount === 0 ? <p>Aucun pass encaissé ici pour l’instant.</p> : null}
      {connection && connection.totalCount > 0 ? (
        <>
          <ul className="console-cards" aria-label="Derniers encaissements">
            {connection.edges.map(({ node }: any) => (
              <li key={node.id} className="console-card" data-testid="redemption">
                <p className="fr-mb-1v">
                  <strong>Pass {node.passNumber}</strong> — {node.faceValue.formatted}
                </p>
                <p className="fr-text--sm fr-mb-1v">
                  Encaissé le {formatInstant(node.redeemedAt)}
                  {node.status === 'CANCELLED' ? ` — annulé le ${formatInstant(node.cancelledAt)} (${node.cancellationReason})` : ''}
                  {node.status === 'RECOVERED' ? ' — repris sur un relevé suivant' : ''}
                </p>
                {node.cancellableUntil && cancelling !== node.id ? (
                  <Button size="small" priority="tertiary" onClick={() => setCancelling(node.id)} nativeButtonProps={{ 'aria-label': `Annuler l’encaissement du pass ${node.passNumber}` }}>
                    Annuler l’encaissement (jusqu’au {formatInstant(node.cancellableUntil)})
                  </Button>
                ) : null}
                {cancelling === node.id ? (
                  <CancelForm
                    redemption={node}
                    onDone={(cancelled) => {
                      setCancelling(undefined);
                      if (cancelled) {
                        setAnnouncement(`Encaissement du pass ${node.passNumber} annulé : le pass peut de nouveau être utilisé.`);
                        void refetch();
                      }
                    }}
                  />
                ) : null}
              </li>
            ))}
          </ul>
          <Pager label="encaissements" pages={pages} pageInfo={connection.pageInfo} totalCount={connection.totalCount} pageSize={REDEMPTION_PAGE} />
        </>
      ) : null}
    </section>
  );
}

function CancelForm(props: { redemption: { id: string; passNumber: string }; onDone(cancelled: boolean): void }) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [cancel, cancelling] = useMutation<any>(CANCEL_REDEMPTION);
  const [failure, setFailure] = useState<string | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    // The API's rule: a reason of 3 to 500 characters.
    const why = reason.trim();
    if (why.length < 3 || why.length > 500) {
      setProblem('Indiquez le motif de l’annulation (3 à 500 caractères).');
      return;
    }
    setProblem(undefined);
    try {
      await cancel({ variables: { id: props.redemption.id, reason: why } });
      props.onDone(true);
    } catch (error) {
      setFailure(frenchErrors(error));
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label={`Annuler l’encaissement du pass ${props.redemption.passNumber}`} className="fr-mt-1w">
      <Input
        label="Motif de l’annulation"
        hintText="Par exemple : pass saisi deux fois"
        state={problem ? 'error' : 'default'}
        stateRelatedMessage={problem}
        nativeInputProps={{ name: 'cancellationReason', value: reason, onChange: (e) => setReason(e.target.value), maxLength: 500 }}
      />
      <div className="fr-btns-group fr-btns-group--inline-sm">
        <Button type="submit" size="small" disabled={cancelling.loading}>
          Confirmer l’annulation
        </Button>
        <Button type="button" size="small" priority="secondary" onClick={() => props.onDone(false)}>
          Garder l’encaissement
        </Button>
      </div>
      {failure ? <Alert severity="error" small description={failure} className="fr-mt-1w" /> : null}
    </form>
  );
}
