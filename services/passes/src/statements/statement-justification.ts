// The justification a place keeps for a monthly statement: every pass redeemed, when and for how
// much, and every recovery the statement takes back (a redemption of an earlier paid statement
// found invalid, with the reason), as CSV (for its accounts) and PDF (to file). Pass numbers only
// — nothing about people.
import PDFDocument from 'pdfkit';
import { formatEuros, toDecimalString, type Cents } from '@pass-numerique/kernel';
import type { DataSource } from 'typeorm';
import { writeCsv } from '@pass-numerique/service-kit';
import { Geography } from '@pass-numerique/geography';
import { formatPassNumber } from '../orders/pass-numbers';
import { administrativeName } from '../territories/territory-rules';
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

  /** The statement's number for people: programme code, month, rank among the programme's statements of the month. */
  async number(statement: StatementEntity): Promise<string> {
    return statementNumber(statement, await this.header(statement));
  }

  /**
   * The document a treasurer files: letterhead, number, payer (the programme's authority, named by
   * its territory: passes knows no organisation's name) and payee (the place and its commune), a
   * table of the redemptions, the recoveries, totals and payment. The payee's IBAN is not on it:
   * partners holds bank details and passes never calls another service; the statement's
   * `payeeBankDetails` (partners) gives the version in force at the approval, and the document says so.
   */
  async pdf(statement: StatementEntity): Promise<Buffer> {
    const [header, lines, recoveries] = await Promise.all([this.header(statement), this.lines(statement), this.recoveries.linesOf(statement.id)]);
    const number = statementNumber(statement, header);
    const commune = Geography.load().commune(header.inseeCode);
    const payerTerritory = administrativeName({ level: header.perimeterLevel, code: header.perimeterCode });
    const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `Relevé ${number} — ${header.placeName}`, Producer: 'pass-numerique' } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const finished = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
    const left = doc.page.margins.left;
    const width = doc.page.width - left - doc.page.margins.right;

    doc.font('Helvetica-Bold').fontSize(9).fillColor('#000091').text('PASS NUMÉRIQUE', left, 50);
    doc.font('Helvetica').fillColor('#000000').text(`${header.programmeName} (${header.programmeCode})`);
    doc.moveTo(left, doc.y + 4).lineTo(left + width, doc.y + 4).strokeColor('#000091').stroke();
    doc.moveDown(1.2).font('Helvetica-Bold').fontSize(16).text(`Relevé mensuel de remboursement — ${monthInFrench(statement.month)}`);
    doc.font('Helvetica').fontSize(10).moveDown(0.3);
    doc.text(`Relevé n° ${number}`);
    doc.text(`Établi le ${dayInFrench(statement.generatedAt)} — ${STATUS_LABELS[statement.status]}${statement.approvedAt ? `, validé le ${dayInFrench(statement.approvedAt)}` : ''}`);
    doc.moveDown();

    const blockTop = doc.y;
    const half = (width - 20) / 2;
    doc.font('Helvetica-Bold').text('Payeur', left, blockTop, { width: half });
    doc.font('Helvetica').text(`L’autorité organisatrice du programme « ${header.programmeName} »`, { width: half });
    doc.text(payerTerritory ? `Territoire : ${payerTerritory}` : `Territoire : ${header.perimeterLevel} ${header.perimeterCode}`, { width: half });
    const payerBottom = doc.y;
    doc.font('Helvetica-Bold').text('Bénéficiaire', left + half + 20, blockTop, { width: half });
    doc.font('Helvetica').text(header.placeName || 'Lieu', { width: half });
    doc.text(commune ? `${commune.postalCodes[0] ?? ''} ${commune.name}`.trim() : 'Commune inconnue', { width: half });
    doc.text('IBAN : celui en vigueur à la validation du relevé, enregistré sur la plateforme (console, « Relevés mensuels »).', { width: half });
    doc.x = left;
    doc.y = Math.max(payerBottom, doc.y) + 16;

    const columns = [
      { title: 'N°', width: 40, align: 'left' as const },
      { title: 'Encaissé le', width: 170, align: 'left' as const },
      { title: 'Numéro du pass', width: 170, align: 'left' as const },
      { title: 'Montant', width: width - 380, align: 'right' as const },
    ];
    const row = (cells: string[], bold = false) => {
      if (doc.y > doc.page.height - doc.page.margins.bottom - 30) doc.addPage();
      const top = doc.y;
      let x = left;
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
      cells.forEach((cell, i) => {
        doc.text(cell, x + 2, top, { width: columns[i].width - 4, align: columns[i].align, lineBreak: false });
        x += columns[i].width;
      });
      doc.y = top + 14;
      doc.moveTo(left, doc.y - 2).lineTo(left + width, doc.y - 2).strokeColor('#dddddd').stroke();
    };
    doc.font('Helvetica-Bold').fontSize(11).text('Pass encaissés', left);
    doc.moveDown(0.3);
    row(columns.map((c) => c.title), true);
    lines.forEach((l, i) => row([String(i + 1), instantInFrench(new Date(l.redeemed_at)), formatPassNumber(l.pass_number), euros(Number(l.face_value_cents))]));
    row(['', `${statement.passCount} pass`, 'Total brut', euros(statement.grossAmountCents)], true);

    if (recoveries.length > 0) {
      doc.moveDown().font('Helvetica-Bold').fontSize(11).text('Reprises sur relevés payés', left);
      doc.moveDown(0.3);
      for (const r of recoveries) {
        doc.font('Helvetica').fontSize(9).text(
          `Pass ${formatPassNumber(r.passNumber)} encaissé le ${dayInFrench(r.redeemedAt)}, déjà payé : ${euros(-r.amountCents)} — motif : ${r.reason}`,
          left,
          doc.y,
          { width },
        );
      }
    }

    doc.moveDown().font('Helvetica-Bold').fontSize(11).text('Totaux', left);
    doc.font('Helvetica').fontSize(10);
    doc.text(`Pass encaissés : ${statement.passCount} — montant brut : ${euros(statement.grossAmountCents)}`);
    doc.text(`Reprises : ${euros(statement.recoveredCents === 0 ? 0 : -statement.recoveredCents)}`);
    doc.font('Helvetica-Bold').text(`Net à payer : ${euros(statement.amountCents)}`);
    doc.font('Helvetica');
    if (statement.paymentReference) doc.text(`Payé le ${statement.paidOn ? dayInFrench(new Date(`${statement.paidOn}T12:00:00Z`)) : '—'}, référence de paiement ${statement.paymentReference}`);
    doc.moveDown().fontSize(8).fillColor('#555555').text(`Référence technique : ${statement.id}. Aucune donnée sur les personnes : numéros de pass seulement.`, left);
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

/** e.g. HDF-PASS-NUMERIQUE-2020-2021-12-0003: stable, since a month's statements are only ever added after those already generated. */
function statementNumber(statement: Pick<StatementEntity, 'month'>, header: Pick<JustificationHeader, 'programmeCode' | 'rank'>): string {
  return `${header.programmeCode}-${statement.month}-${String(header.rank).padStart(4, '0')}`;
}

const PARIS = 'Europe/Paris';
const monthFormat = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: PARIS });
const instantFormat = new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: PARIS });

function monthInFrench(month: string): string {
  return monthFormat.format(new Date(`${month}-15T00:00:00Z`));
}
function dayInFrench(at: Date): string {
  return dayFormat.format(at);
}
function instantInFrench(at: Date): string {
  return instantFormat.format(at).replace(' ', ' à ');
}
/** The standard PDF fonts have no narrow no-break space (French grouping): an ordinary space instead. */
function euros(cents: number): string {
  return formatEuros(cents as Cents).replace(/[\u202f\u00a0]/g, ' ');
}
