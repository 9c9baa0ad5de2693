// "Finances": what each co-funder of the chosen programme owes as of a day, as the API computes it
// (entitlement, received, claimed, claimable now, to repay) with the evidence behind it; the
// claims exported as the API's CSV, as an Excel workbook and as the statement of expenditure (PDF);
// a request for funds (submitClaim) after a confirmation; and the budget years with payments,
// receipts and net as separate series.
import { gql } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { codedErrors } from '../apollo';
import { BudgetYearsChart, type BudgetYearFigures } from '../components/BudgetYearsChart';
import { ErrorNotice } from '../components/ErrorNotice';
import { ProgrammePicker, useProgrammeChoice } from '../components/ProgrammePicker';
import { frenchMessage } from '../errors';
import { claimsWorkbook, type ClaimForWorkbook } from '../finance/claims-workbook';
import { fileSlug, saveCsv, saveFile, savePdf, XLSX_TYPE } from '../finance/downloads';
import { FinanceTable, TableFrame } from '../finance/FinanceTable';
import { formatDate, formatInteger } from '../format';

const MONEY = gql`
  fragment FinanceMoney on Money {
    cents
    amount
    formatted
  }
`;

const CLAIMS = gql`
  ${MONEY}
  query FinanceClaims($id: ID!, $asOf: Date) {
    programme(id: $id) {
      id
      code
      name
      status
      budget(asOf: $asOf) {
        asOf
        authorised {
          ...FinanceMoney
        }
        committed {
          ...FinanceMoney
        }
        payments {
          ...FinanceMoney
        }
        receipts {
          ...FinanceMoney
        }
        paid {
          ...FinanceMoney
        }
        toPay {
          ...FinanceMoney
        }
        years {
          budgetYear
          status
          planned {
            ...FinanceMoney
          }
          payments {
            ...FinanceMoney
          }
          receipts {
            ...FinanceMoney
          }
          net {
            ...FinanceMoney
          }
        }
        claims {
          coFunder {
            id
            displayName
            kind
            rule
            ratePercent
            agreementReference
            planned {
              ...FinanceMoney
            }
            submittedClaims {
              id
              amount {
                ...FinanceMoney
              }
              asOf
              submittedOn
              reference
            }
          }
          base {
            ...FinanceMoney
          }
          entitlement {
            ...FinanceMoney
          }
          received {
            ...FinanceMoney
          }
          claimed {
            ...FinanceMoney
          }
          claimableNow {
            ...FinanceMoney
          }
          toRepay {
            ...FinanceMoney
          }
          explanation
          grant {
            stage
          }
          evidence {
            passesUsed
            usedFaceValue {
              ...FinanceMoney
            }
            payments(first: 10) {
              totalCount
              edges {
                node {
                  id
                  paymentOrderNumber
                  paidOn
                  budgetYear
                  invoiceReference
                  payeeName
                  amount {
                    ...FinanceMoney
                  }
                }
              }
            }
            receipts {
              id
              kind
              titleNumber
              reference
              issuedOn
              budgetYear
              amount {
                ...FinanceMoney
              }
            }
          }
        }
      }
    }
  }
`;

/** The CSV or the PDF of every claim, asked only when exported (each is a whole statement of evidence). */
const CLAIM_FILES = gql`
  query FinanceClaimFiles($id: ID!, $asOf: Date, $csv: Boolean!, $pdf: Boolean!) {
    programme(id: $id) {
      id
      budget(asOf: $asOf) {
        asOf
        claims {
          coFunder {
            id
          }
          csv @include(if: $csv)
          statementPdfBase64 @include(if: $pdf)
        }
      }
    }
  }
`;

const SUBMIT_CLAIM = gql`
  mutation FinanceSubmitClaim($input: SubmitClaimInput!) {
    submitClaim(input: $input) {
      id
      amount {
        cents
        formatted
      }
      reference
    }
  }
`;

export const RULES: Record<string, string> = {
  FIXED_GRANT: 'subvention forfaitaire (convention)',
  USED_PASSES_SHARE: 'part des pass utilisés',
  ELIGIBLE_PAID_RATE: 'taux des dépenses éligibles payées',
  REMAINDER: 'le solde',
};
const GRANT_STAGES: Record<string, string> = {
  NOT_SIGNED: 'convention non signée',
  ADVANCE: 'avance',
  INSTALMENTS: 'acomptes',
  BALANCE: 'solde (rapport final déposé)',
};
const RECEIPT_KINDS: Record<string, string> = { CREDIT_NOTE: 'Avoir', RECOVERY: 'Reversement' };

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });

/** "1 234,56" or "1234.56" → "1234.56"; undefined when it is not an amount with at most two decimals. */
export function decimalAmount(text: string): string | undefined {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(compact)) return undefined;
  const [units, decimals = ''] = compact.split('.');
  return `${BigInt(units)}.${decimals.padEnd(2, '0')}`;
}

export function Finances(props: { programmeIds?: string[]; canClaim: boolean }) {
  const choice = useProgrammeChoice(props.programmeIds);
  if (choice.error) return <ErrorNotice error={choice.error} title="Les programmes n’ont pas pu être chargés" />;
  if (!choice.programme) return choice.loading ? <p aria-busy="true">Chargement des programmes…</p> : <p>Aucun programme n’est confié à votre rôle.</p>;
  return (
    <>
      <h1 className="fr-h2">Finances — créances des cofinanceurs</h1>
      <ProgrammePicker choice={choice} />
      <ProgrammeFinances key={choice.programme.id} programmeId={choice.programme.id} canClaim={props.canClaim} />
    </>
  );
}

function ProgrammeFinances(props: { programmeId: string; canClaim: boolean }) {
  const client = useApolloClient();
  const [asOfInput, setAsOfInput] = useState('');
  const [asOf, setAsOf] = useState<string | null>(null);
  const { data, error, loading } = useQuery<any>(CLAIMS, { variables: { id: props.programmeId, asOf }, fetchPolicy: 'network-only' });
  const [exporting, setExporting] = useState<string>();
  const [exportError, setExportError] = useState<unknown>();
  const programme = data?.programme;
  const budget = programme?.budget;

  const exportFiles = async (what: 'csv' | 'xlsx' | 'pdf', coFunderId?: string) => {
    setExporting(`${what}-${coFunderId ?? 'all'}`);
    setExportError(undefined);
    try {
      // Kept out of the cache: a budget has no key, so these claims would replace the page's own.
      const { data: files } = await client.query<any>({ query: CLAIM_FILES, variables: { id: props.programmeId, asOf, csv: what !== 'pdf', pdf: what === 'pdf' }, fetchPolicy: 'no-cache' });
      const filesOf = new Map<string, any>(files.programme.budget.claims.map((c: any) => [c.coFunder.id, c]));
      const day = files.programme.budget.asOf;
      const claims: any[] = budget.claims;
      if (what === 'xlsx') {
        const rows: ClaimForWorkbook[] = claims.map((c) => ({ ...c, csv: filesOf.get(c.coFunder.id).csv }));
        saveFile(`creances-${fileSlug(programme.code)}-${day}.xlsx`, await claimsWorkbook(programme, formatDate(day), rows), XLSX_TYPE);
        return;
      }
      const claim = claims.find((c) => c.coFunder.id === coFunderId);
      const name = `creance-${fileSlug(programme.code)}-${fileSlug(claim.coFunder.displayName)}-${day}`;
      if (what === 'csv') saveCsv(`${name}.csv`, filesOf.get(coFunderId!).csv);
      else savePdf(`${name}.pdf`, filesOf.get(coFunderId!).statementPdfBase64);
    } catch (failure) {
      setExportError(failure);
    } finally {
      setExporting(undefined);
    }
  };

  return (
    <div>
      <form
        className="fr-grid-row fr-grid-row--bottom fr-mb-3w"
        onSubmit={(e) => {
          e.preventDefault();
          setAsOf(asOfInput || null);
        }}
      >
        <div className="fr-col-12 fr-col-md-4 fr-mr-2w">
          <Input label="Situation au" hintText="Seuls les faits datés de ce jour ou avant comptent ; vide : aujourd’hui." nativeInputProps={{ type: 'date', name: 'asOf', value: asOfInput, onChange: (e) => setAsOfInput(e.target.value) }} />
        </div>
        <Button type="submit" priority="secondary">
          Afficher
        </Button>
      </form>
      <ErrorNotice error={error} title="Les créances n’ont pas pu être chargées" />
      <ErrorNotice error={exportError} title="L’export n’a pas pu être fait" />
      {loading && !budget ? <p aria-busy="true">Chargement des créances…</p> : null}
      {programme && !budget && !loading ? <p>Les chiffres financiers de ce programme ne sont pas accessibles avec ce rôle.</p> : null}
      {budget ? (
        <>
          <p className="fr-text--lead" data-testid="finance-as-of">
            Situation au {formatDate(budget.asOf)}
            {programme.status === 'CLOSED' ? ' — programme clôturé' : ''}
          </p>
          <section aria-labelledby="claims-title">
            <h2 id="claims-title" className="fr-h4">
              Créances des cofinanceurs
            </h2>
            <TableFrame testId="claims">
                    <table>
                      <caption>Ce que chaque cofinanceur doit au {formatDate(budget.asOf)}, en euros</caption>
                      <thead>
                        <tr>
                          <th scope="col">Cofinanceur</th>
                          <th scope="col">Règle</th>
                          <th scope="col">Droit à ce jour</th>
                          <th scope="col">Reçu</th>
                          <th scope="col">Appelé</th>
                          <th scope="col">Appelable maintenant</th>
                          <th scope="col">À reverser</th>
                        </tr>
                      </thead>
                      <tbody>
                        {budget.claims.map((c: any) => (
                          <tr key={c.coFunder.id} data-co-funder={c.coFunder.kind}>
                            <th scope="row">{c.coFunder.displayName}</th>
                            <td>
                              {RULES[c.coFunder.rule] ?? c.coFunder.rule}
                              {c.coFunder.ratePercent ? ` (${c.coFunder.ratePercent.replace('.', ',')} %)` : ''}
                              {c.grant ? ` — ${GRANT_STAGES[c.grant.stage] ?? c.grant.stage}` : ''}
                            </td>
                            <td data-figure="entitlement">{c.entitlement.formatted}</td>
                            <td data-figure="received">{c.received.formatted}</td>
                            <td data-figure="claimed">{c.claimed.formatted}</td>
                            <td data-figure="claimableNow">{c.claimableNow.formatted}</td>
                            <td data-figure="toRepay">{c.toRepay.formatted}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
            </TableFrame>
            <Button type="button" iconId="fr-icon-download-line" priority="secondary" disabled={exporting !== undefined} onClick={() => void exportFiles('xlsx')}>
              {exporting === 'xlsx-all' ? 'Préparation du classeur…' : 'Télécharger le classeur Excel (toutes les créances et leurs pièces)'}
            </Button>
          </section>

          {budget.claims.map((c: any) => (
            <ClaimDetails
              key={c.coFunder.id}
              claim={c}
              programmeId={props.programmeId}
              asOf={budget.asOf}
              canClaim={props.canClaim}
              exporting={exporting}
              onExport={(what) => void exportFiles(what, c.coFunder.id)}
            />
          ))}

          <section aria-labelledby="budget-years-title" className="fr-mt-4w">
            <h2 id="budget-years-title" className="fr-h4">
              Budget par année : paiements, recettes et net
            </h2>
            <BudgetYearsChart title="Paiements, recettes et net par année budgétaire" years={budget.years as BudgetYearFigures[]} />
            <TableFrame testId="budget-years">
                    <table>
                      <caption>Budget par année budgétaire, en euros</caption>
                      <thead>
                        <tr>
                          <th scope="col">Année</th>
                          <th scope="col">Prévu (échéancier)</th>
                          <th scope="col">Paiements (mandats)</th>
                          <th scope="col">Recettes (avoirs, reversements)</th>
                          <th scope="col">Net</th>
                        </tr>
                      </thead>
                      <tbody>
                        {budget.years.map((y: any) => (
                          <tr key={y.budgetYear}>
                            <th scope="row">{y.budgetYear}</th>
                            <td>{y.planned.formatted}</td>
                            <td>{y.payments.formatted}</td>
                            <td>{y.receipts.formatted}</td>
                            <td>{y.net.formatted}</td>
                          </tr>
                        ))}
                      </tbody>
                      <tfoot>
                        <tr>
                          <th scope="row">Total</th>
                          <td>{budget.authorised.formatted} autorisés</td>
                          <td>{budget.payments.formatted}</td>
                          <td>{budget.receipts.formatted}</td>
                          <td>{budget.paid.formatted}</td>
                        </tr>
                      </tfoot>
                    </table>
            </TableFrame>
          </section>
        </>
      ) : null}
    </div>
  );
}

function ClaimDetails(props: { claim: any; programmeId: string; asOf: string; canClaim: boolean; exporting?: string; onExport(what: 'csv' | 'pdf'): void }) {
  const c = props.claim;
  const id = c.coFunder.id;
  const evidence = c.evidence;
  const payments = evidence.payments;
  // Said here, not in the form: once the claim is sent nothing may be left to claim, and the form goes.
  const [sent, setSent] = useState<string>();
  return (
    <section className="fr-card fr-p-3w fr-mt-3w" aria-labelledby={`claim-${id}`} data-testid={`claim-${c.coFunder.kind}`}>
      <h3 id={`claim-${id}`} className="fr-h5">
        {c.coFunder.displayName}
      </h3>
      <p>{c.explanation}</p>
      <dl className="console-claim-figures">
        <dt>Assiette</dt>
        <dd>{c.base.formatted}</dd>
        <dt>Prévu au plan</dt>
        <dd>{c.coFunder.planned.formatted}</dd>
        <dt>Appelable maintenant</dt>
        <dd>{c.claimableNow.formatted}</dd>
        <dt>À reverser</dt>
        <dd>{c.toRepay.formatted}</dd>
      </dl>
      <div className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
        <Button type="button" size="small" priority="secondary" iconId="fr-icon-download-line" disabled={props.exporting !== undefined} onClick={() => props.onExport('csv')}>
          {`CSV des pièces — ${c.coFunder.displayName}`}
        </Button>
        <Button type="button" size="small" priority="secondary" iconId="fr-icon-download-line" disabled={props.exporting !== undefined} onClick={() => props.onExport('pdf')}>
          {`État récapitulatif (PDF) — ${c.coFunder.displayName}`}
        </Button>
      </div>
      <details className="fr-mt-2w">
        <summary>Pièces justificatives</summary>
        <p className="fr-mt-2w">
          {formatInteger(evidence.passesUsed)} pass utilisés (valeur faciale {evidence.usedFaceValue.formatted}) ; {formatInteger(payments.totalCount)} mandat(s) et {formatInteger(evidence.receipts.length)} recette(s) dans l’assiette
          {payments.totalCount > payments.edges.length ? ` (les ${payments.edges.length} premiers mandats ci-dessous, tous dans le CSV et le classeur)` : ''}.
        </p>
        <FinanceTable
          caption={`Mandats retenus — ${c.coFunder.displayName}`}
          headers={['Mandat', 'Payé le', 'Exercice', 'Facture', 'Bénéficiaire', 'Montant']}
          rows={payments.edges.map(({ node: p }: any) => [p.paymentOrderNumber, formatDate(p.paidOn), String(p.budgetYear), p.invoiceReference ?? '—', p.payeeName ?? '—', p.amount.formatted])}
        />
        {evidence.receipts.length > 0 ? (
          <FinanceTable
            caption={`Recettes déduites — ${c.coFunder.displayName}`}
            headers={['Nature', 'Titre', 'Émis le', 'Exercice', 'Référence', 'Montant']}
            rows={evidence.receipts.map((r: any) => [RECEIPT_KINDS[r.kind] ?? r.kind, r.titleNumber ?? '—', formatDate(r.issuedOn), String(r.budgetYear), r.reference, r.amount.formatted])}
          />
        ) : null}
        {c.coFunder.submittedClaims.length > 0 ? (
          <FinanceTable
            caption={`Appels de fonds envoyés — ${c.coFunder.displayName}`}
            headers={['Référence', 'Envoyé le', 'Pièces au', 'Montant']}
            rows={c.coFunder.submittedClaims.map((s: any) => [s.reference, formatDate(s.submittedOn), formatDate(s.asOf), s.amount.formatted])}
          />
        ) : null}
      </details>
      <div aria-live="polite">{sent ? <Alert severity="success" small description={sent} className="fr-mt-2w" /> : null}</div>
      {props.canClaim && c.claimableNow.cents > 0 ? <SubmitClaim claim={c} asOf={props.asOf} onSent={setSent} /> : null}
    </section>
  );
}

/** A request for funds: checked here against what may be claimed now, confirmed, then sent; the API checks it again. */
function SubmitClaim(props: { claim: any; asOf: string; onSent(message: string | undefined): void }) {
  const c = props.claim;
  const [form, setForm] = useState({ amount: c.claimableNow.amount.replace('.', ','), reference: '', submittedOn: today() });
  const [problem, setProblem] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState<{ amount: string } | undefined>();
  const [submit, submitting] = useMutation<any>(SUBMIT_CLAIM, { refetchQueries: ['FinanceClaims'], awaitRefetchQueries: true });
  const set = (key: keyof typeof form, value: string) => setForm((f) => ({ ...f, [key]: value }));

  const check = (e: FormEvent) => {
    e.preventDefault();
    props.onSent(undefined);
    const amount = decimalAmount(form.amount);
    const issues: Record<string, string> = {};
    if (!amount || Number(amount) <= 0) issues.amount = frenchMessage('INVALID_AMOUNT');
    else if (Math.round(Number(amount) * 100) > c.claimableNow.cents) issues.amount = `Au plus ${c.claimableNow.formatted} peuvent être appelés maintenant.`;
    if (!form.reference.trim() || form.reference.trim().length > 200) issues.reference = 'Indiquez la référence de l’appel de fonds (200 caractères au plus).';
    if (!form.submittedOn || form.submittedOn < props.asOf) issues.submittedOn = `L’appel est envoyé le ${formatDate(props.asOf)} ou après.`;
    setProblem(issues);
    setConfirming(Object.keys(issues).length === 0 ? { amount: amount! } : undefined);
  };

  const send = async () => {
    if (!confirming) return;
    try {
      const { data } = await submit({ variables: { input: { coFunderId: c.coFunder.id, amount: confirming.amount, asOf: props.asOf, submittedOn: form.submittedOn, reference: form.reference.trim() } } });
      setConfirming(undefined);
      props.onSent(`Appel de fonds ${data.submitClaim.reference} enregistré : ${data.submitClaim.amount.formatted}.`);
    } catch (failure) {
      setConfirming(undefined);
      const refusal = codedErrors(failure)[0];
      setProblem({ [refusal?.field === 'amount' ? 'amount' : 'form']: frenchMessage(refusal?.code ?? 'NETWORK', refusal?.field) });
    }
  };

  const state = (key: string) => (problem[key] ? { state: 'error' as const, stateRelatedMessage: problem[key] } : {});
  return (
    <form className="fr-mt-3w" onSubmit={check} noValidate aria-labelledby={`submit-claim-${c.coFunder.id}`}>
      <h4 id={`submit-claim-${c.coFunder.id}`} className="fr-h6">
        Appeler des fonds auprès de {c.coFunder.displayName}
      </h4>
      <div aria-live="polite">
        {problem.form ? <Alert severity="error" small description={problem.form} className="fr-mb-2w" /> : null}
      </div>
      <Input label="Montant appelé (€)" hintText={`Au plus ${c.claimableNow.formatted}, pièces arrêtées au ${formatDate(props.asOf)}`} {...state('amount')} nativeInputProps={{ name: 'amount', inputMode: 'decimal', value: form.amount, onChange: (e) => set('amount', e.target.value) }} />
      <Input label="Référence de l’appel de fonds" {...state('reference')} nativeInputProps={{ name: 'reference', value: form.reference, onChange: (e) => set('reference', e.target.value) }} />
      <Input label="Envoyé le" {...state('submittedOn')} nativeInputProps={{ type: 'date', name: 'submittedOn', value: form.submittedOn, onChange: (e) => set('submittedOn', e.target.value) }} />
      {confirming ? (
        <div role="group" aria-label="Confirmation de l’appel de fonds" className="fr-mt-2w">
          <p>
            Vous allez demander <strong>{`${confirming.amount.replace('.', ',')} €`}</strong> à {c.coFunder.displayName} (pièces arrêtées au {formatDate(props.asOf)}, référence {form.reference.trim()}).
          </p>
          <Button type="button" className="fr-mr-2w" disabled={submitting.loading} onClick={() => void send()}>
            {submitting.loading ? 'Envoi en cours…' : 'Confirmer l’appel de fonds'}
          </Button>
          <Button type="button" priority="secondary" onClick={() => setConfirming(undefined)}>
            Annuler
          </Button>
        </div>
      ) : (
        <Button type="submit">Préparer l’appel de fonds</Button>
      )}
    </form>
  );
}
