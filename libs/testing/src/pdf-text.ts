// Reads back the text of a PDF that pdfkit wrote with its standard fonts, so that a test can check
// what a document says without a PDF library: each content stream is inflated, and each text
// operation (pdfkit writes one `[<hex> kerning <hex>…] TJ` per line) becomes one line of text.
import { inflateSync } from 'node:zlib';

/** WinAnsi, the standard fonts' encoding: Latin-1 but for the 0x80–0x9F block, of which French needs these. */
const WIN_ANSI: Record<number, string> = { 0x80: '€', 0x85: '…', 0x8c: 'Œ', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x96: '–', 0x97: '—', 0x9c: 'œ' };

function decodeHex(hex: string): string {
  let text = '';
  for (let i = 0; i + 1 < hex.length; i += 2) {
    const code = parseInt(hex.slice(i, i + 2), 16);
    text += WIN_ANSI[code] ?? String.fromCharCode(code);
  }
  return text;
}

/** The document's lines of text, in the order they were written. */
export function pdfTextLines(pdf: Buffer): string[] {
  const lines: string[] = [];
  let from = 0;
  for (;;) {
    const start = pdf.indexOf('stream', from, 'latin1');
    if (start < 0) break;
    const dataStart = start + (pdf[start + 6] === 0x0d ? 8 : 7);
    const end = pdf.indexOf('endstream', dataStart, 'latin1');
    if (end < 0) break;
    from = end + 9;
    const dictionary = pdf.subarray(Math.max(0, start - 200), start).toString('latin1');
    const data = pdf.subarray(dataStart, end);
    let content: string;
    try {
      content = (dictionary.includes('/FlateDecode') ? inflateSync(data) : data).toString('latin1');
    } catch {
      continue; // a font or image stream, not text
    }
    for (const operation of content.matchAll(/\[((?:<[0-9a-fA-F]*>|[-\d.\s])*)\]\s*TJ/g)) {
      lines.push([...operation[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => decodeHex(m[1])).join(''));
    }
  }
  return lines;
}
