// The justification a place keeps for a monthly statement: every pass redeemed, when and for how
// much, as CSV (for its accounts) and PDF (to file). Pass numbers only — nothing about people.
import PDFDocument from 'pdfkit';
import { formatEuros, toDecimalString, type Cents } from '@pass-numerique/kernel';
import type { DataSource } from 'typeorm';
import { writeCsv } from '@pass-numerique/service-kit';
import { formatPassNumber } from '../orders/pass-numbers';
import type { StatementEntity } from './statement.entity';

interface JustificationLine {
  redemption_id: string;
  pass_number: string;
  redeemed_at: Date;
  face_value_cents: string;
}

interface Header {
  placeName: string;
  inseeCode: string;
  programmeCode: string;
  programmeName: string;
}

export class StatementJustification {
  constructor(private readonly dataSource: DataSource) {}

  async csv(statement: StatementEntity): Promise<string> {
    const [header, lines] = await Promise.all([this.header(statement), this.lines(statement)]);
    return writeCsv([
      ['statement_id', 'programme_code', 'place_id', 'place_name', 'month', 'status', 'payment_reference', 'redemption_id', 'pass_number', 'redeemed_at', 'face_value_eur'],
      ...lines.map((l) => [
        statement.id,
        header.programmeCode,
        statement.placeId,
        header.placeName,
        statement.month,
        statement.status,
        statement.paymentReference ?? '',
        l.redemption_id,
        formatPassNumber(l.pass_number),
        new Date(l.redeemed_at).toISOString(),
        toDecimalString(Number(l.face_value_cents) as Cents),
      ]),
    ]);
  }

  async pdf(statement: StatementEntity): Promise<Buffer> {
    const [header, lines] = await Promise.all([this.header(statement), this.lines(statement)]);
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
    doc.fontSize(12).text(`${statement.passCount} pass encaissés — total ${formatEuros(statement.amountCents as Cents)}`);
    doc.moveDown(0.5).fontSize(9);
    for (const l of lines) {
      doc.text(`${new Date(l.redeemed_at).toISOString().slice(0, 16).replace('T', ' ')}   pass ${formatPassNumber(l.pass_number)}   ${formatEuros(Number(l.face_value_cents) as Cents)}`);
    }
    doc.end();
    return finished;
  }

  private async header(statement: StatementEntity): Promise<Header> {
    const [row] = await this.dataSource.query(
      `SELECT COALESCE(pl.name, '') AS "placeName", COALESCE(pl.insee_code, '') AS "inseeCode", pr.code AS "programmeCode", pr.name AS "programmeName"
         FROM programme pr LEFT JOIN place pl ON pl.id = $2 WHERE pr.id = $1`,
      [statement.programmeId, statement.placeId],
    );
    return row;
  }

  private lines(statement: StatementEntity): Promise<JustificationLine[]> {
    return this.dataSource.query(
      `SELECT id AS redemption_id, pass_number::text, redeemed_at, face_value_cents::text FROM redemption WHERE statement_id = $1 ORDER BY redeemed_at, pass_number`,
      [statement.id],
    );
  }
}

const STATUS_LABELS = { PENDING: 'en attente de validation', APPROVED: 'validé, en attente de paiement', PAID: 'payé' } as const;
