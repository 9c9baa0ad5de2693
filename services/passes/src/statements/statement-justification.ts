// The justification a place keeps for a monthly statement: every pass redeemed, when and for how
// much, and every recovery the statement takes back (a redemption of an earlier paid statement
// found invalid, with the reason), as CSV (for its accounts) and PDF (to file). Pass numbers only
// — nothing about people.
import PDFDocument from 'pdfkit';
import { formatEuros, toDecimalString, type Cents } from '@pass-numerique/kernel';
import type { DataSource } from 'typeorm';
import { writeCsv } from '@pass-numerique/service-kit';
import { formatPassNumber } from '../orders/pass-numbers';
import type { StatementEntity } from './statement.entity';
import type { RedemptionRecoveryRepository } from '../redemptions/redemption-recovery.repository';
import { StatementRepository, type JustificationHeader, type JustificationLine } from './statement.repository';

export class StatementJustification {
  private readonly statements: StatementRepository;

  constructor(
    dataSource: DataSource,
    private readonly recoveries: RedemptionRecoveryRepository,
  ) {
    this.statements = new StatementRepository(dataSource);
  }

  /**
   * One line per pass redeemed (line REDEMPTION, amount_eur its face value), then one per recovery
   * (line RECOVERY, amount_eur negative, with its reason and the paid statement it corrects): the
   * amounts sum to what the statement pays.
   */
  async csv(statement: StatementEntity): Promise<string> {
    const [header, lines, recoveries] = await Promise.all([this.header(statement), this.lines(statement), this.recoveries.linesOf(statement.id)]);
    const common = [statement.id, header.programmeCode, statement.placeId, header.placeName, statement.month, statement.status, statement.paymentReference ?? ''];
    return writeCsv([
      [
        'statement_id', 'programme_code', 'place_id', 'place_name', 'month', 'status', 'payment_reference', 'redemption_id', 'pass_number', 'redeemed_at', 'face_value_eur',
        'line', 'amount_eur', 'recovery_reason', 'paid_statement_id',
      ],
      ...lines.map((l) => {
        const value = toDecimalString(Number(l.face_value_cents) as Cents);
        return [...common, l.redemption_id, formatPassNumber(l.pass_number), new Date(l.redeemed_at).toISOString(), value, 'REDEMPTION', value, '', ''];
      }),
      ...recoveries.map((r) => [
        ...common,
        r.redemptionId,
        formatPassNumber(r.passNumber),
        r.redeemedAt.toISOString(),
        toDecimalString(r.faceValueCents as Cents),
        'RECOVERY',
        toDecimalString(-r.amountCents as Cents),
        r.reason,
        r.paidStatementId,
      ]),
    ]);
  }

  async pdf(statement: StatementEntity): Promise<Buffer> {
    const [header, lines, recoveries] = await Promise.all([this.header(statement), this.lines(statement), this.recoveries.linesOf(statement.id)]);
    const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `Relevé ${statement.month} — ${header.placeName}`, Producer: 'pass-numerique' } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const finished = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

    doc.fontSize(16).text(`Relevé mensuel de remboursement — ${statement.month}`);
    doc.moveDown(0.5).fontSize(10);
    doc.text(`Lieu : ${header.placeName} (commune INSEE ${header.inseeCode})`);
    doc.text(`Programme : ${header.programmeName} (${header.programmeCode})`);
    doc.text(`Relevé n° ${statement.id}`);
    doc.text(`Statut : ${STATUS_LABELS[statement.status]}${statement.paymentReference ? ` — référence de paiement ${statement.paymentReference}, payé le ${statement.paidOn}` : ''}`);
    doc.moveDown();
    doc.fontSize(12).text(`${statement.passCount} pass encaissés — total ${formatEuros(statement.grossAmountCents as Cents)}`);
    doc.moveDown(0.5).fontSize(9);
    for (const l of lines) {
      doc.text(`${new Date(l.redeemed_at).toISOString().slice(0, 16).replace('T', ' ')}   pass ${formatPassNumber(l.pass_number)}   ${formatEuros(Number(l.face_value_cents) as Cents)}`);
    }
    if (recoveries.length > 0) {
      doc.moveDown().fontSize(12).text(`Reprises sur relevés payés — ${formatEuros(-statement.recoveredCents as Cents)}`);
      doc.moveDown(0.5).fontSize(9);
      for (const r of recoveries) {
        doc.text(`pass ${formatPassNumber(r.passNumber)} encaissé le ${r.redeemedAt.toISOString().slice(0, 10)}, payé par le relevé n° ${r.paidStatementId}   ${formatEuros(-r.amountCents as Cents)}`);
        doc.text(`   motif : ${r.reason}`);
      }
      doc.moveDown().fontSize(12).text(`Net à payer : ${formatEuros(statement.amountCents as Cents)}`);
    }
    doc.end();
    return finished;
  }

  private header(statement: StatementEntity): Promise<JustificationHeader> {
    return this.statements.justificationHeader(statement);
  }

  private lines(statement: StatementEntity): Promise<JustificationLine[]> {
    return this.statements.justificationLines(statement.id);
  }
}

const STATUS_LABELS = { PENDING: 'en attente de validation', APPROVED: 'validé, en attente de paiement', PAID: 'payé' } as const;
