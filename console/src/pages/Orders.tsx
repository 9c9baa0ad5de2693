// Orders of passes and their activation, for programme staff: the programme's orders (paginated,
// oldest first) with their status, pass count, face value and fee; for the programme manager,
// placing an order (checked as the API checks it), recording the delivery, and activating it on
// the buyer's payment-order number. Placing a big order issues every pass in one transaction and
// can take seconds: the form says so while it runs.
import { gql } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useState, type FormEvent } from 'react';
import { codedErrors, frenchErrors } from '../apollo';
import { ErrorNotice } from '../components/ErrorNotice';
import { Pager, useCursorPages } from '../components/Pager';
import { ProgrammePicker, useProgrammeChoice } from '../components/ProgrammePicker';
import { frenchMessage } from '../errors';
import { formatDate, formatInteger, ORDER_STATES } from '../format';

const ORDERS = gql`
  query ProgrammeOrders($programmeId: ID!, $first: Int!, $after: String) {
    passOrders(programmeId: $programmeId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...OrderRow
        }
      }
    }
  }
  fragment OrderRow on PassOrder {
    id
    status
    bookletCount
    bookletSize
    passCount
    passFaceValue {
      formatted
    }
    faceValueTotal {
      formatted
    }
    feeRateBasisPoints
    fee {
      formatted
    }
    placedAt
    deliveredAt
    activatedAt
    paymentOrderNumber
  }
`;
const PLACE_ORDER = gql`
  mutation ConsolePlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      id
      passCount
      status
    }
  }
`;
const MARK_DELIVERED = gql`
  mutation ConsoleMarkOrderDelivered($orderId: ID!) {
    markOrderDelivered(orderId: $orderId) {
      id
      status
      deliveredAt
    }
  }
`;
const ACTIVATE = gql`
  mutation ConsoleActivateOrder($orderId: ID!, $paymentOrderNumber: String!) {
    activateOrder(orderId: $orderId, paymentOrderNumber: $paymentOrderNumber) {
      id
      status
      activatedAt
      paymentOrderNumber
    }
  }
`;

/** As the API: 1 booklet up to 2 million passes an order. */
export const MAX_PASSES_PER_ORDER = 2_000_000;
const EUROS = /^\d{1,13}(?:[.,]\d{1,2})?$/;
const PERCENT = /^\d{1,3}(?:[.,]\d{1,2})?$/;
/** As the API: 1–64 letters, digits, spaces or / . _ - (starting with a letter or digit). */
export const PAYMENT_ORDER = /^[A-Za-z0-9][A-Za-z0-9 /._-]{0,63}$/;

export interface OrderForm {
  bookletCount: string;
  bookletSize: '10' | '5';
  passFaceValue: string;
  feeRatePercent: string;
}

/** The form checked as placeOrder checks its input; the input when there is no problem. */
export function checkOrderForm(form: OrderForm): { problems: Record<string, string>; input?: { bookletCount: number; bookletSize: number; passFaceValue: string; feeRateBasisPoints: number } } {
  const problems: Record<string, string> = {};
  const bookletSize = Number(form.bookletSize);
  if (bookletSize !== 10 && bookletSize !== 5) problems.bookletSize = frenchMessage('INVALID_BOOKLET_SIZE');
  const bookletCount = /^\d+$/.test(form.bookletCount.trim()) ? Number(form.bookletCount.trim()) : NaN;
  if (!Number.isSafeInteger(bookletCount) || bookletCount < 1 || bookletCount * (bookletSize || 10) > MAX_PASSES_PER_ORDER) problems.bookletCount = frenchMessage('INVALID_QUANTITY');
  const euros = form.passFaceValue.trim().replace(',', '.');
  if (!EUROS.test(form.passFaceValue.trim()) || Number(euros) <= 0) problems.passFaceValue = frenchMessage('INVALID_AMOUNT');
  const percent = form.feeRatePercent.trim().replace(',', '.');
  const basisPoints = Math.round(Number(percent) * 100);
  if (!PERCENT.test(form.feeRatePercent.trim()) || basisPoints > 10_000) problems.feeRatePercent = frenchMessage('INVALID_RATE');
  if (Object.keys(problems).length > 0) return { problems };
  const [units, cents = ''] = euros.split('.');
  return { problems, input: { bookletCount, bookletSize, passFaceValue: `${Number(units)}.${cents.padEnd(2, '0')}`, feeRateBasisPoints: basisPoints } };
}

const euro = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const formatRatePoints = (basisPoints: number) => `${(basisPoints / 100).toLocaleString('fr-FR', { maximumFractionDigits: 2 })} %`;
/** The API's form field → the console's. */
const FORM_FIELDS: Record<string, keyof OrderForm> = { bookletCount: 'bookletCount', bookletSize: 'bookletSize', passFaceValue: 'passFaceValue', feeRateBasisPoints: 'feeRatePercent' };

const PAGE = 10;

export function Orders(props: { canDecide: boolean; programmeIds?: string[] }) {
  const choice = useProgrammeChoice(props.programmeIds);
  const programme = choice.programme;
  return (
    <div>
      <h1 className="fr-h3">Commandes de pass</h1>
      <ProgrammePicker choice={choice} />
      {choice.loading && !programme ? <p aria-busy="true">Chargement des programmes…</p> : null}
      {programme ? <ProgrammeOrders key={programme.id} programmeId={programme.id} canDecide={props.canDecide} /> : null}
    </div>
  );
}

function ProgrammeOrders(props: { programmeId: string; canDecide: boolean }) {
  const pages = useCursorPages();
  const { data, error, refetch } = useQuery<any>(ORDERS, { variables: { programmeId: props.programmeId, first: PAGE, after: pages.after } });
  const [markDelivered] = useMutation<any>(MARK_DELIVERED);
  const [activate] = useMutation<any>(ACTIVATE);
  const [busy, setBusy] = useState<string | undefined>();
  const [activating, setActivating] = useState<{ id: string; number: string; problem?: string } | undefined>();
  const [outcome, setOutcome] = useState<{ severity: 'success' | 'error'; text: string } | undefined>();
  const connection = data?.passOrders;

  const act = async (orderId: string, success: string, call: () => Promise<unknown>) => {
    setBusy(orderId);
    setOutcome(undefined);
    try {
      await call();
      setOutcome({ severity: 'success', text: success });
      return true;
    } catch (failure) {
      setOutcome({ severity: 'error', text: frenchErrors(failure) });
      return false;
    } finally {
      setBusy(undefined);
    }
  };

  const onActivate = async (event: FormEvent) => {
    event.preventDefault();
    if (!activating) return;
    const number = activating.number.trim();
    if (!PAYMENT_ORDER.test(number)) return setActivating({ ...activating, problem: frenchMessage('BAD_USER_INPUT', 'paymentOrderNumber') });
    const done = await act(activating.id, `Commande activée sur le mandat ${number} : ses pass sont utilisables dès leur remise.`, () =>
      activate({ variables: { orderId: activating.id, paymentOrderNumber: number } }),
    );
    if (done) setActivating(undefined);
  };

  const action = (order: any) => {
    if (order.status === 'ACTIVATED') return `Mandat ${order.paymentOrderNumber}`;
    if (!props.canDecide) return '—';
    if (order.status === 'PLACED')
      return (
        <Button size="small" priority="secondary" disabled={busy === order.id} onClick={() => void act(order.id, 'Livraison enregistrée : la commande peut être activée.', () => markDelivered({ variables: { orderId: order.id } }))}>
          {busy === order.id ? 'Enregistrement…' : 'Marquer livrée'}
        </Button>
      );
    return (
      <Button size="small" onClick={() => setActivating({ id: order.id, number: '' })}>
        Activer
      </Button>
    );
  };

  return (
    <>
      {props.canDecide ? <PlaceOrderForm programmeId={props.programmeId} onPlaced={() => void refetch()} /> : null}
      <section aria-labelledby="orders-title">
        <h2 id="orders-title" className="fr-h5">
          Commandes du programme
        </h2>
        <ErrorNotice error={error} />
        <div aria-live="polite" data-testid="order-outcome">
          {outcome ? <Alert severity={outcome.severity} small description={outcome.text} className="fr-mb-2w" /> : null}
        </div>
        {activating ? (
          <form onSubmit={onActivate} noValidate className="fr-mb-4w" aria-busy={busy === activating.id}>
            <Input
              label="Numéro du mandat de paiement"
              hintText="Le numéro du mandat émis pour payer la commande : il active ses pass."
              state={activating.problem ? 'error' : 'default'}
              stateRelatedMessage={activating.problem}
              nativeInputProps={{ name: 'paymentOrderNumber', autoFocus: true, autoComplete: 'off', value: activating.number, onChange: (e) => setActivating({ ...activating, number: e.target.value, problem: undefined }) }}
            />
            <div className="fr-btns-group fr-btns-group--inline-sm">
              <Button type="submit" disabled={busy === activating.id}>
                {busy === activating.id ? 'Activation en cours…' : 'Activer la commande'}
              </Button>
              <Button type="button" priority="secondary" onClick={() => setActivating(undefined)}>
                Annuler
              </Button>
            </div>
          </form>
        ) : null}
        {connection && connection.totalCount === 0 ? <p>Aucune commande pour ce programme.</p> : null}
        {connection && connection.totalCount > 0 ? (
          <div data-testid="orders">
            <Table
              caption={`Commandes (${formatInteger(connection.totalCount)})`}
              headers={['Passée le', 'État', 'Carnets', 'Pass', 'Valeur d’un pass', 'Valeur faciale', 'Frais', 'Mandat ou action']}
              data={connection.edges.map(({ node }: any) => [
                formatDate(node.placedAt),
                `${ORDER_STATES[node.status] ?? node.status}${node.status === 'ACTIVATED' ? ` le ${formatDate(node.activatedAt)}` : node.status === 'DELIVERED' ? ` le ${formatDate(node.deliveredAt)}` : ''}`,
                `${formatInteger(node.bookletCount)} × ${node.bookletSize}`,
                formatInteger(node.passCount),
                node.passFaceValue.formatted,
                node.faceValueTotal.formatted,
                `${node.fee.formatted} (${formatRatePoints(node.feeRateBasisPoints)})`,
                action(node),
              ])}
            />
            <Pager label="commandes" pages={pages} pageInfo={connection.pageInfo} totalCount={connection.totalCount} pageSize={PAGE} />
          </div>
        ) : null}
        {!connection && !error ? <p aria-busy="true">Chargement des commandes…</p> : null}
      </section>
    </>
  );
}

function PlaceOrderForm(props: { programmeId: string; onPlaced(): void }) {
  const [form, setForm] = useState<OrderForm>({ bookletCount: '', bookletSize: '10', passFaceValue: '10,00', feeRatePercent: '4' });
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [placeOrder, placing] = useMutation<any>(PLACE_ORDER);
  const [outcome, setOutcome] = useState<{ severity: 'success' | 'error'; text: string } | undefined>();
  const set = (field: keyof OrderForm, value: string) => {
    setForm({ ...form, [field]: value });
    setProblems({ ...problems, [field]: '' });
  };
  const checked = checkOrderForm(form);
  const preview = checked.input;
  const faceValueTotal = preview ? preview.bookletCount * preview.bookletSize * Math.round(Number(preview.passFaceValue) * 100) : 0;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome(undefined);
    setProblems(checked.problems);
    if (!checked.input) return;
    try {
      const { data } = await placeOrder({ variables: { input: { programmeId: props.programmeId, ...checked.input } } });
      setOutcome({ severity: 'success', text: `Commande passée : ${formatInteger(data.placeOrder.passCount)} pass émis. Enregistrez sa livraison, puis activez-la avec le numéro du mandat.` });
      setForm({ ...form, bookletCount: '' });
      props.onPlaced();
    } catch (failure) {
      // A refusal that names a field of the form is shown beside it, as the form's own checks are.
      const byField: Record<string, string> = {};
      for (const e of codedErrors(failure)) {
        const field = e.field ? FORM_FIELDS[e.field] : undefined;
        if (field) byField[field] = frenchMessage(e.code, e.field);
      }
      setProblems(byField);
      setOutcome({ severity: 'error', text: frenchErrors(failure) });
    }
  };

  const passCount = preview ? preview.bookletCount * preview.bookletSize : 0;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="place-order-title" aria-busy={placing.loading} className="fr-mb-6w console-narrow">
      <h2 id="place-order-title" className="fr-h5">
        Passer une commande
      </h2>
      <Input
        label="Nombre de carnets"
        hintText="Au moins 1 ; au plus 2 000 000 de pass par commande."
        state={problems.bookletCount ? 'error' : 'default'}
        stateRelatedMessage={problems.bookletCount}
        nativeInputProps={{ name: 'bookletCount', inputMode: 'numeric', autoComplete: 'off', value: form.bookletCount, onChange: (e) => set('bookletCount', e.target.value) }}
      />
      <RadioButtons
        legend="Pass par carnet"
        orientation="horizontal"
        state={problems.bookletSize ? 'error' : 'default'}
        stateRelatedMessage={problems.bookletSize}
        options={(['10', '5'] as const).map((size) => ({ label: `${size} pass`, nativeInputProps: { name: 'bookletSize', value: size, checked: form.bookletSize === size, onChange: () => set('bookletSize', size) } }))}
      />
      <Input
        label="Valeur faciale d’un pass (€)"
        hintText="Par exemple 10,00"
        state={problems.passFaceValue ? 'error' : 'default'}
        stateRelatedMessage={problems.passFaceValue}
        nativeInputProps={{ name: 'passFaceValue', inputMode: 'decimal', autoComplete: 'off', value: form.passFaceValue, onChange: (e) => set('passFaceValue', e.target.value) }}
      />
      <Input
        label="Taux des frais de l’opérateur (%, hors taxes)"
        hintText="Sur la valeur faciale ; 4 % dans le modèle APTIC."
        state={problems.feeRatePercent ? 'error' : 'default'}
        stateRelatedMessage={problems.feeRatePercent}
        nativeInputProps={{ name: 'feeRatePercent', inputMode: 'decimal', autoComplete: 'off', value: form.feeRatePercent, onChange: (e) => set('feeRatePercent', e.target.value) }}
      />
      {preview ? (
        <p className="fr-text--sm" data-testid="order-preview">
          {formatInteger(passCount)} pass, valeur faciale {euro.format(faceValueTotal / 100)}, frais {euro.format(Math.round((faceValueTotal * preview.feeRateBasisPoints) / 10_000) / 100)}.
        </p>
      ) : null}
      <Button type="submit" disabled={placing.loading} iconId={placing.loading ? 'fr-icon-refresh-line' : undefined}>
        {placing.loading ? 'Commande en cours…' : 'Passer la commande'}
      </Button>
      {placing.loading ? (
        <div className="fr-mt-2w" role="status" data-testid="order-progress">
          <progress className="console-progress" aria-label="Émission des pass en cours" />
          <p className="fr-text--sm">Émission de {formatInteger(passCount)} pass en cours : numéros et codes sont créés en une fois, cela peut prendre quelques secondes.</p>
        </div>
      ) : null}
      <div aria-live="polite" data-testid="place-order-outcome">
        {outcome ? <Alert severity={outcome.severity} small description={outcome.text} className="fr-mt-2w" /> : null}
      </div>
    </form>
  );
}
