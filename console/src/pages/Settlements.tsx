// "Relevés et comptabilité": the places' monthly statements of the chosen programme, approved
// (programme managers) and marked paid (finance officers and managers) several at a time after a
// confirmation, each row saying how its own call went; the programme's payment orders, and apart
// from them its receipts (credit notes, recoveries); the accounting export for the finance
// department's software, downloaded as the API writes it.
import { gql } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import { frenchErrors } from '../apollo';
import { ErrorNotice } from '../components/ErrorNotice';
import { Pager, useCursorPages } from '../components/Pager';
import { ProgrammePicker, useProgrammeChoice } from '../components/ProgrammePicker';
import { fileSlug, saveCsv } from '../finance/downloads';
import { FinanceTable, TableFrame } from '../finance/FinanceTable';
import { formatDate, formatInteger, STATEMENT_STATES } from '../format';

const STATEMENT_PAGE = 20;
const LEDGER_PAGE = 20;

const STATEMENTS = gql`
  query FinanceStatements($programmeId: ID!, $first: Int!, $after: String) {
    statements(programmeId: $programmeId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          month
          placeId
          placeOrganisation {
            id
            name
          }
          passCount
          grossAmount {
            cents
            formatted
          }
          recoveredAmount {
            cents
            formatted
          }
          amount {
            cents
            formatted
          }
          status
          approvedAt
          paidOn
          paymentReference
        }
      }
    }
  }
`;

const LEDGER = gql`
  query FinanceLedger($id: ID!, $first: Int!, $after: String) {
    programme(id: $id) {
      id
      code
      budget {
        asOf
        years {
          budgetYear
        }
      }
      payments(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            paymentOrderNumber
            paidOn
            budgetYear
            invoiceReference
            payeeName
            federEligible
            amount {
              cents
              formatted
            }
            commitment {
              id
              reference
              kind
            }
          }
        }
      }
    }
  }
`;

const RECEIPTS = gql`
  query FinanceReceipts($id: ID!, $first: Int!, $after: String) {
    programme(id: $id) {
      id
      receipts(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            kind
            titleNumber
            issuedOn
            budgetYear
            reference
            reason
            payerName
            passCount
            amount {
              cents
              formatted
            }
          }
        }
      }
    }
  }
`;

const ACCOUNTING_EXPORT = gql`
  query FinanceAccountingExport($id: ID!, $budgetYear: Int) {
    programme(id: $id) {
      id
      accountingExport(budgetYear: $budgetYear)
    }
  }
`;

const APPROVE = gql`
  mutation FinanceApproveStatement($id: ID!) {
    approveStatement(statementId: $id) {
      id
      status
      approvedAt
    }
  }
`;

const MARK_PAID = gql`
  mutation FinanceMarkStatementPaid($id: ID!, $paymentReference: String!, $paidOn: Date) {
    markStatementPaid(statementId: $id, paymentReference: $paymentReference, paidOn: $paidOn) {
      id
      status
      paidOn
      paymentReference
    }
  }
`;

const PAYMENT_REFERENCE = /^[A-Za-z0-9 /._-]{1,64}$/;
const KINDS: Record<string, string> = { PASS_ORDER: 'commande de pass', ENGINEERING: 'ingénierie', OTHER: 'autre' };

export function Settlements(props: { programmeIds?: string[]; canApprove: boolean; canPay: boolean }) {
  const choice = useProgrammeChoice(props.programmeIds);
  if (choice.error) return <ErrorNotice error={choice.error} title="Les programmes n’ont pas pu être chargés" />;
  if (!choice.programme) return choice.loading ? <p aria-busy="true">Chargement des programmes…</p> : <p>Aucun programme n’est confié à votre rôle.</p>;
  return (
    <>
      <h1 className="fr-h2">Relevés et comptabilité</h1>
      <ProgrammePicker choice={choice} />
      <Statements key={`s-${choice.programme.id}`} programmeId={choice.programme.id} canApprove={props.canApprove} canPay={props.canPay} />
      <Ledger key={`l-${choice.programme.id}`} programmeId={choice.programme.id} />
    </>
  );
}

type Action = 'approve' | 'pay';
type Outcome = { ok: boolean; text: string };

function Statements(props: { programmeId: string; canApprove: boolean; canPay: boolean }) {
  const client = useApolloClient();
  const pages = useCursorPages();
  const { data, error, loading, refetch } = useQuery<any>(STATEMENTS, { variables: { programmeId: props.programmeId, first: STATEMENT_PAGE, after: pages.after }, fetchPolicy: 'cache-and-network' });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [confirming, setConfirming] = useState<Action>();
  const [payment, setPayment] = useState({ reference: '', paidOn: '' });
  const [problem, setProblem] = useState<string>();
  const [running, setRunning] = useState(false);
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const [summary, setSummary] = useState<string>();
  const connection = data?.statements;
  const rows: any[] = connection?.edges.map((e: any) => e.node) ?? [];
  const chosen = rows.filter((s) => selected.has(s.id));
  const eligible = (action: Action) => chosen.filter((s) => s.status === (action === 'approve' ? 'PENDING' : 'APPROVED'));
  const toggle = (id: string) => setSelected((current) => {
    const next = new Set(current);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  });

  const ask = (action: Action) => {
    setSummary(undefined);
    setProblem(undefined);
    if (eligible(action).length === 0) {
      setProblem(action === 'approve' ? 'Cochez au moins un relevé en attente.' : 'Cochez au moins un relevé approuvé.');
      return;
    }
    if (action === 'pay' && !PAYMENT_REFERENCE.test(payment.reference.trim())) {
      setProblem('La référence du paiement compte 1 à 64 caractères : lettres, chiffres, espaces ou / . _ -.');
      return;
    }
    setConfirming(action);
  };

  const run = async () => {
    const action = confirming;
    if (!action) return;
    const targets = eligible(action);
    setConfirming(undefined);
    setRunning(true);
    let succeeded = 0;
    const results: Record<string, Outcome> = {};
    // One call per statement, in turn: each row gets its own answer, and one refusal stops nothing else.
    for (const statement of targets) {
      try {
        if (action === 'approve') await client.mutate({ mutation: APPROVE, variables: { id: statement.id } });
        else await client.mutate({ mutation: MARK_PAID, variables: { id: statement.id, paymentReference: payment.reference.trim(), paidOn: payment.paidOn || null } });
        results[statement.id] = { ok: true, text: action === 'approve' ? 'Approuvé' : 'Payé' };
        succeeded++;
      } catch (failure) {
        results[statement.id] = { ok: false, text: `Refusé : ${frenchErrors(failure)}` };
      }
      setOutcomes((current) => ({ ...current, ...results }));
    }
    setRunning(false);
    setSelected(new Set());
    const verb = action === 'approve' ? 'approuvé(s)' : 'marqué(s) payé(s)';
    setSummary(`${succeeded} relevé(s) sur ${targets.length} ${verb}${succeeded < targets.length ? ' ; voyez le motif de chaque refus dans le tableau.' : '.'}`);
    await refetch();
  };

  const total = (list: any[]) => list.reduce((sum, s) => sum + s.amount.cents, 0);
  const euros = (cents: number) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100);
  const allOnPage = rows.length > 0 && rows.every((s) => selected.has(s.id));

  return (
    <section aria-labelledby="statements-title" className="fr-mt-2w">
      <h2 id="statements-title" className="fr-h4">
        Relevés mensuels des lieux
      </h2>
      <ErrorNotice error={error} title="Les relevés n’ont pas pu être chargés" />
      {loading && !connection ? <p aria-busy="true">Chargement des relevés…</p> : null}
      {connection && connection.totalCount === 0 ? <p>Aucun relevé pour ce programme : le relevé d’un mois est établi après sa fin.</p> : null}
      {rows.length > 0 ? (
        <>
          <TableFrame testId="statements">
                  <table>
                    <caption>Relevés du programme ({formatInteger(connection.totalCount)})</caption>
                    <thead>
                      <tr>
                        <th scope="col">
                          <input type="checkbox" id="statements-all" aria-label="Tout cocher sur cette page" checked={allOnPage} onChange={() => setSelected(allOnPage ? new Set() : new Set(rows.map((s) => s.id)))} />
                        </th>
                        <th scope="col">Mois</th>
                        <th scope="col">Structure du lieu</th>
                        <th scope="col">Pass</th>
                        <th scope="col">Brut</th>
                        <th scope="col">Repris</th>
                        <th scope="col">À payer</th>
                        <th scope="col">État</th>
                        <th scope="col">Résultat</th>
                      </tr>
                    </thead>
                    <tbody>
                      {rows.map((s) => {
                        const outcome = outcomes[s.id];
                        return (
                          <tr key={s.id} data-statement={s.id}>
                            <td>
                              <input type="checkbox" aria-label={`Relevé ${s.month} — ${s.placeOrganisation?.name ?? s.placeId}`} checked={selected.has(s.id)} onChange={() => toggle(s.id)} />
                            </td>
                            <th scope="row">{formatMonth(s.month)}</th>
                            <td>{s.placeOrganisation?.name ?? s.placeId}</td>
                            <td>{formatInteger(s.passCount)}</td>
                            <td>{s.grossAmount.formatted}</td>
                            <td>{s.recoveredAmount.cents > 0 ? s.recoveredAmount.formatted : '—'}</td>
                            <td>{s.amount.formatted}</td>
                            <td data-status={s.status}>
                              {STATEMENT_STATES[s.status] ?? s.status}
                              {s.status === 'PAID' ? ` le ${formatDate(s.paidOn)} (${s.paymentReference})` : ''}
                            </td>
                            <td data-testid="statement-outcome">{outcome ? <span className={outcome.ok ? 'fr-badge fr-badge--success fr-badge--sm' : 'fr-badge fr-badge--error fr-badge--sm'}>{outcome.text}</span> : null}</td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
          </TableFrame>
          <Pager label="Relevés" pages={pages} pageInfo={connection.pageInfo} totalCount={connection.totalCount} pageSize={STATEMENT_PAGE} />
          <div aria-live="polite">
            {summary ? <Alert severity="info" small description={summary} className="fr-mb-2w" /> : null}
            {problem ? <Alert severity="error" small description={problem} className="fr-mb-2w" /> : null}
          </div>
          <p>{chosen.length} relevé(s) coché(s), {euros(total(chosen))} à payer.</p>
          {props.canPay ? (
            <div className="fr-grid-row fr-grid-row--gutters">
              <div className="fr-col-12 fr-col-md-5">
                <Input label="Référence du paiement (virement)" hintText="1 à 64 caractères : lettres, chiffres, espaces ou / . _ -" nativeInputProps={{ name: 'paymentReference', value: payment.reference, onChange: (e) => setPayment((p) => ({ ...p, reference: e.target.value })) }} />
              </div>
              <div className="fr-col-12 fr-col-md-4">
                <Input label="Payé le" hintText="Vide : aujourd’hui" nativeInputProps={{ type: 'date', name: 'paidOn', value: payment.paidOn, onChange: (e) => setPayment((p) => ({ ...p, paidOn: e.target.value })) }} />
              </div>
            </div>
          ) : null}
          {confirming ? (
            <div role="group" aria-label="Confirmation" className="fr-mb-2w">
              <p>
                {confirming === 'approve'
                  ? `Approuver ${eligible('approve').length} relevé(s) pour ${euros(total(eligible('approve')))} ?`
                  : `Marquer payés ${eligible('pay').length} relevé(s) pour ${euros(total(eligible('pay')))}, paiement ${payment.reference.trim()}${payment.paidOn ? ` du ${formatDate(payment.paidOn)}` : ''} ?`}
              </p>
              <Button type="button" className="fr-mr-2w" onClick={() => void run()}>
                {confirming === 'approve' ? 'Confirmer l’approbation' : 'Confirmer le paiement'}
              </Button>
              <Button type="button" priority="secondary" onClick={() => setConfirming(undefined)}>
                Annuler
              </Button>
            </div>
          ) : (
            <div className="fr-btns-group fr-btns-group--inline-md">
              {props.canApprove ? (
                <Button type="button" disabled={running} onClick={() => ask('approve')}>
                  Approuver la sélection
                </Button>
              ) : null}
              {props.canPay ? (
                <Button type="button" disabled={running} onClick={() => ask('pay')}>
                  Marquer la sélection payée
                </Button>
              ) : null}
            </div>
          )}
          {running ? <p role="status">Enregistrement en cours…</p> : null}
        </>
      ) : null}
    </section>
  );
}

const MONTHS = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
/** "2021-12" → "décembre 2021". */
export const formatMonth = (month: string) => MONTHS.format(new Date(`${month}-01T00:00:00Z`));

function Ledger(props: { programmeId: string }) {
  const client = useApolloClient();
  const paymentPages = useCursorPages();
  const receiptPages = useCursorPages();
  const payments = useQuery<any>(LEDGER, { variables: { id: props.programmeId, first: LEDGER_PAGE, after: paymentPages.after } });
  const receipts = useQuery<any>(RECEIPTS, { variables: { id: props.programmeId, first: LEDGER_PAGE, after: receiptPages.after } });
  const [year, setYear] = useState('');
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<unknown>();
  const programme = payments.data?.programme;
  const paymentConnection = programme?.payments;
  const receiptConnection = receipts.data?.programme?.receipts;
  const receiptRows: any[] = receiptConnection?.edges.map((e: any) => e.node) ?? [];

  const download = async () => {
    setExporting(true);
    setExportError(undefined);
    try {
      const { data } = await client.query<any>({ query: ACCOUNTING_EXPORT, variables: { id: props.programmeId, budgetYear: year ? Number(year) : null }, fetchPolicy: 'no-cache' });
      saveCsv(`export-comptable-${fileSlug(programme?.code ?? 'programme')}-${year || 'tous-exercices'}.csv`, data.programme.accountingExport);
    } catch (failure) {
      setExportError(failure);
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <section aria-labelledby="accounting-export-title" className="fr-mt-4w">
        <h2 id="accounting-export-title" className="fr-h4">
          Export comptable
        </h2>
        <p>Mandats et titres de recettes du programme, pour le logiciel de la direction des finances : CSV séparé par des points-virgules, UTF-8 avec marque d’ordre des octets.</p>
        <ErrorNotice error={exportError} title="L’export comptable n’a pas pu être fait" />
        <div className="fr-grid-row fr-grid-row--bottom">
          <div className="fr-col-12 fr-col-md-4 fr-mr-2w">
            <Select label="Exercice" nativeSelectProps={{ name: 'budgetYear', value: year, onChange: (e) => setYear(e.target.value) }}>
              <option value="">Tous les exercices</option>
              {(programme?.budget?.years ?? []).map((y: any) => (
                <option key={y.budgetYear} value={String(y.budgetYear)}>
                  {y.budgetYear}
                </option>
              ))}
            </Select>
          </div>
          <Button type="button" iconId="fr-icon-download-line" priority="secondary" disabled={exporting} onClick={() => void download()}>
            {exporting ? 'Préparation de l’export…' : 'Télécharger l’export comptable'}
          </Button>
        </div>
      </section>

      <section aria-labelledby="payments-title" className="fr-mt-4w">
        <h2 id="payments-title" className="fr-h4">
          Paiements (mandats)
        </h2>
        <ErrorNotice error={payments.error} title="Les paiements n’ont pas pu être chargés" />
        {paymentConnection ? (
          <>
            <FinanceTable
              testId="payments"
              caption={`Mandats du programme (${formatInteger(paymentConnection.totalCount)})`}
              headers={['Mandat', 'Payé le', 'Exercice', 'Engagement', 'Bénéficiaire', 'FEDER', 'Montant']}
              rows={paymentConnection.edges.map(({ node: p }: any) => [
                p.paymentOrderNumber,
                formatDate(p.paidOn),
                String(p.budgetYear),
                `${p.commitment.reference} (${KINDS[p.commitment.kind] ?? p.commitment.kind})`,
                p.payeeName ?? '—',
                p.federEligible ? 'éligible' : 'non',
                p.amount.formatted,
              ])}
            />
            <Pager label="Paiements" pages={paymentPages} pageInfo={paymentConnection.pageInfo} totalCount={paymentConnection.totalCount} pageSize={LEDGER_PAGE} />
          </>
        ) : null}
      </section>

      <section aria-labelledby="receipts-title" className="fr-mt-4w">
        <h2 id="receipts-title" className="fr-h4">
          Recettes : avoirs et reversements
        </h2>
        <p>L’argent revenu au programme, chaque titre à part : jamais un paiement négatif.</p>
        <ErrorNotice error={receipts.error} title="Les recettes n’ont pas pu être chargées" />
        {receiptConnection ? (
          <>
            <FinanceTable
              testId="credit-notes"
              caption={`Avoirs (pass non utilisés) — ${formatInteger(receiptRows.filter((r) => r.kind === 'CREDIT_NOTE').length)} sur cette page`}
              headers={['Référence', 'Titre', 'Émis le', 'Exercice', 'Pass', 'Payeur', 'Montant']}
              rows={receiptRows.filter((r) => r.kind === 'CREDIT_NOTE').map((r) => [r.reference, r.titleNumber ?? 'à émettre', formatDate(r.issuedOn), String(r.budgetYear), r.passCount === null ? '—' : formatInteger(r.passCount), r.payerName ?? '—', r.amount.formatted])}
            />
            <FinanceTable
              testId="recoveries"
              caption={`Reversements (sommes payées à tort) — ${formatInteger(receiptRows.filter((r) => r.kind === 'RECOVERY').length)} sur cette page`}
              headers={['Référence', 'Titre', 'Émis le', 'Exercice', 'Motif', 'Payeur', 'Montant']}
              rows={receiptRows.filter((r) => r.kind === 'RECOVERY').map((r) => [r.reference, r.titleNumber ?? 'à émettre', formatDate(r.issuedOn), String(r.budgetYear), r.reason ?? '—', r.payerName ?? '—', r.amount.formatted])}
            />
            <Pager label="Recettes" pages={receiptPages} pageInfo={receiptConnection.pageInfo} totalCount={receiptConnection.totalCount} pageSize={LEDGER_PAGE} />
          </>
        ) : null}
      </section>
    </>
  );
}
