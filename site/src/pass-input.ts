// What a person types or scans, checked in the page before any request: a pass number is 12
// digits whose last is a Luhn check digit, the code 8 characters of Crockford's base 32 (I and L
// read as 1, O as 0, case ignored), a QR code `PN1.<number>.<code>`. The messages say what to fix.

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

const CROCKFORD = /^[0-9A-HJKMNP-TV-Z]{8}$/;

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 2, k = 0; i >= 0; i--, k++) {
    let d = digits.charCodeAt(i) - 48;
    if (k % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10 === Number(digits.at(-1));
}

export function checkPassNumber(raw: string): Checked<string> {
  const text = raw.replace(/[\s.-]/g, '');
  if (text === '') return { ok: false, message: 'Saisissez le numéro du pass : 12 chiffres, imprimés sous le code QR.' };
  if (/[^0-9]/.test(text)) return { ok: false, message: 'Le numéro du pass ne contient que des chiffres (12 en tout). Vérifiez qu’il ne contient pas de lettre.' };
  if (text.length !== 12) return { ok: false, message: `Le numéro du pass compte 12 chiffres ; vous en avez saisi ${text.length}.` };
  if (!luhnValid(text)) return { ok: false, message: 'Ce numéro ne peut pas être celui d’un pass : un chiffre est sans doute mal recopié. Vérifiez chaque chiffre.' };
  return { ok: true, value: text };
}

export function checkPassCode(raw: string): Checked<string> {
  const text = raw.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (text === '') return { ok: false, message: 'Saisissez le code du pass : 8 caractères, lettres et chiffres, imprimés à côté du numéro.' };
  if (text.length !== 8) return { ok: false, message: `Le code compte 8 caractères ; vous en avez saisi ${text.length}.` };
  if (!CROCKFORD.test(text)) return { ok: false, message: 'Le code ne contient que des chiffres et des lettres (sans U). Vérifiez chaque caractère.' };
  return { ok: true, value: text };
}

/** A scanned QR code: a pass's, or a message saying it is not one. */
export function checkQrPayload(raw: string): Checked<{ passNumber: string; code: string }> {
  const match = /^PN1\.(\d{12})\.([0-9A-Za-z]{8})$/.exec(raw.trim());
  if (!match || !luhnValid(match[1])) return { ok: false, message: 'Ce code QR n’est pas celui d’un pass numérique. Scannez le code QR imprimé sur le pass, ou saisissez son numéro et son code.' };
  return { ok: true, value: { passNumber: match[1], code: match[2].toUpperCase() } };
}

/** "1000 0000 0018": the number as printed. */
export function formatPassNumber(digits: string): string {
  return `${digits.slice(0, 4)} ${digits.slice(4, 8)} ${digits.slice(8)}`;
}
