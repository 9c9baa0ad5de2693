// Files the finance pages hand to the browser: the API's own CSV (as the API wrote it, byte-order
// mark included), its PDFs (base64), and workbooks built here.

/** Offers a file to save: an invisible link to a blob, released once the download has started. */
export function saveFile(name: string, content: BlobPart, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The API's CSV kept byte for byte. A Blob encodes a string as UTF-8, so the byte-order mark the
 * API starts with (U+FEFF) stays the spreadsheet's cue for UTF-8; one is added if it was missing.
 */
export function saveCsv(name: string, csv: string) {
  saveFile(name, csv.startsWith('\uFEFF') ? csv : `\uFEFF${csv}`, 'text/csv;charset=utf-8');
}

export function savePdf(name: string, base64: string) {
  saveFile(name, Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)), 'application/pdf');
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file name's safe form: letters, digits and dashes only. */
export const fileSlug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
