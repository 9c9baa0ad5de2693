// The statement of expenditure (état récapitulatif des dépenses) a programme files with a claim:
// the payment orders the claim rests on, the receipts that come off them, the computation of what
// the co-funder owes, and a certification block for the authorising officer (ordonnateur) to sign.
// A funder checks each line against the accounts, so every line carries its payment order's or
// receipt order's number, date, budget year, commitment and third party.
import PDFDocument from 'pdfkit';
import { formatEuros, type Cents } from '@pass-numerique/kernel';
import type { ClaimView } from './budget.views';
import type { EvidencePayment, EvidenceReceipt } from './claim-csv';
import { frenchFormula, rateText, ROUNDING_LABELS, RULE_LABELS, STAGE_LABELS } from './claim-text';

const MARGIN = 40;
const euros = (cents: number) => formatEuros(cents as Cents).replace(/\s/g, ' ');

interface Column {
  title: string;
  width: number;
  align?: 'left' | 'right';
}

const LINE_COLUMNS: Column[] = [
  { title: 'Date', width: 58 },
  { title: 'N°', width: 78 },
  { title: 'Exercice', width: 40 },
  { title: 'Engagement', width: 110 },
  { title: 'Pièce (facture, relevé, avoir)', width: 120 },
  { title: 'Tiers', width: 52 },
  { title: 'Montant', width: 57, align: 'right' },
];

export function expenditureStatementPdf(claim: ClaimView, payments: readonly EvidencePayment[], receipts: readonly EvidenceReceipt[]): Promise<Buffer> {
  const { coFunder, programme } = claim;
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `État récapitulatif des dépenses — ${programme.code} — ${coFunder.displayName}`, Producer: 'pass-numerique' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const bottom = doc.page.height - MARGIN;

  const row = (cells: string[], options: { bold?: boolean } = {}) => {
    if (doc.y > bottom - 14) doc.addPage();
    const y = doc.y;
    let x = MARGIN;
    doc.font(options.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(7);
    LINE_COLUMNS.forEach((column, i) => {
      doc.text(cells[i] ?? '', x, y, { width: column.width - 4, height: 9, align: column.align ?? 'left', ellipsis: true });
      x += column.width;
    });
    doc.x = MARGIN;
    doc.y = y + 11;
  };
  const heading = (text: string) => {
    if (doc.y > bottom - 40) doc.addPage();
    doc.moveDown(0.6).font('Helvetica-Bold').fontSize(10).text(text, MARGIN);
    doc.moveDown(0.3);
  };
  const figure = (label: string, cents: number | null, note = '') => {
    if (doc.y > bottom - 14) doc.addPage();
    const y = doc.y;
    doc.font('Helvetica').fontSize(9).text(label, MARGIN, y, { width: 330 });
    const after = doc.y;
    if (cents !== null) doc.text(euros(cents), MARGIN + 335, y, { width: 90, align: 'right' });
    if (note) doc.fontSize(7).text(note, MARGIN + 430, y, { width: 85 });
    doc.x = MARGIN;
    doc.y = Math.max(after, y + 12);
  };

  doc.font('Helvetica-Bold').fontSize(14).text('État récapitulatif des dépenses', MARGIN);
  doc.font('Helvetica').fontSize(10).text(`à l’appui d’une demande de versement — arrêté au ${claim.asOf}`);
  doc.moveDown(0.6).fontSize(9);
  doc.text(`Opération : ${programme.name} (${programme.code})`);
  doc.text(`Maître d’ouvrage : organisation ${programme.ownerOrganisationId ?? 'non renseignée'}`);
  doc.text(`Cofinanceur : ${coFunder.displayName}`);
  doc.text(`Convention ou acte attributif : ${coFunder.agreementReference ?? 'non renseigné'}`);
  doc.text(`Règle : ${RULE_LABELS[coFunder.rule]}${rateText(claim) ? ` — taux ${rateText(claim)}` : ''} — ${ROUNDING_LABELS[coFunder.rounding]}`);
  if (coFunder.assumption) doc.text(`Hypothèse : ${coFunder.assumption}`);

  heading(`1. Dépenses payées (mandats) — ${payments.length} ligne(s)`);
  row(
    LINE_COLUMNS.map((c) => c.title),
    { bold: true },
  );
  for (const p of payments) {
    row([p.paidOn, p.paymentOrderNumber, String(p.budgetYear), p.commitmentReference, p.invoiceReference ?? '', p.payeeName ?? p.payeeOrganisationId?.slice(0, 8) ?? '', euros(p.amountCents)]);
  }
  const paymentsCents = payments.reduce((sum, p) => sum + p.amountCents, 0);
  row(['', '', '', '', 'Total des mandats', '', euros(paymentsCents)], { bold: true });

  heading(`2. Recettes venant en déduction (titres de recettes) — ${receipts.length} ligne(s)`);
  row(
    LINE_COLUMNS.map((c) => c.title),
    { bold: true },
  );
  for (const r of receipts) {
    row([r.issuedOn, r.titleNumber ?? '(à émettre)', String(r.budgetYear), r.commitmentReference, r.reference, r.payerName ?? r.payerOrganisationId?.slice(0, 8) ?? '', euros(-r.amountCents)]);
  }
  const receiptsCents = receipts.reduce((sum, r) => sum + r.amountCents, 0);
  row(['', '', '', '', 'Total des titres', '', euros(-receiptsCents)], { bold: true });

  heading('3. Calcul de la participation');
  figure('Dépenses retenues (mandats moins titres)', paymentsCents - receiptsCents);
  figure('Assiette de la règle à la date d’arrêté', claim.baseCents);
  if (claim.grant) {
    const g = claim.grant;
    figure('Montant de la subvention (convention)', g.grantCents);
    figure('Dépense subventionnable prévue (assiette de la convention)', g.baseCents);
    figure('Subvention acquise au prorata des dépenses réalisées', g.earnedCents, 'arrondi selon la règle');
    figure('Avance à la signature', g.advanceCents, g.signedOn ? `signée le ${g.signedOn}` : 'non signée');
    figure('Plafond des versements avant rapport final', g.ceilingCents);
    doc.font('Helvetica').fontSize(9).text(`Étape : ${STAGE_LABELS[g.stage]}${g.finalReportOn ? ` (rapport final du ${g.finalReportOn})` : ''}.`, MARGIN);
  }
  figure('Montant prévu au plan de financement (plafond)', coFunder.plannedCents);
  figure('Participation due à la date d’arrêté', claim.entitlementCents);
  figure('Déjà versé par le cofinanceur', claim.receivedCents);
  figure('Déjà demandé', claim.claimedCents);
  figure('Montant de la présente demande', claim.claimableNowCents);
  if (claim.toRepayCents > 0) figure('Trop-perçu à reverser au cofinanceur', claim.toRepayCents);
  doc.moveDown(0.3).font('Helvetica-Oblique').fontSize(8).text(`Calcul : ${frenchFormula(claim)}`, MARGIN);

  heading('4. Certification');
  doc
    .font('Helvetica')
    .fontSize(9)
    .text(
      'Je certifie l’exactitude des dépenses ci-dessus, qui ont été effectivement payées, et des recettes venues en déduction, conformes aux écritures de la comptabilité de l’ordonnateur.',
      MARGIN,
    );
  doc.moveDown(1.2).text('Fait à ………………………………, le ………………………', MARGIN);
  doc.moveDown(1.2).text('L’ordonnateur (nom, qualité, signature et cachet)', MARGIN);
  doc.end();
  return finished;
}
