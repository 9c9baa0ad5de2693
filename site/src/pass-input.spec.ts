import { checkPassCode, checkPassNumber, checkQrPayload, formatPassNumber } from './pass-input';

// Numbers the passes service issues (a serial and its Luhn check digit), as its tests and the demo print them.
const VALID = ['100000000107', '100000000016', '999999999991'];

describe('what the site checks before asking', () => {
  it('takes a pass number with spaces, dashes or dots, and refuses a wrong length, letters or a mistyped digit with what to fix', () => {
    for (const number of VALID) expect(checkPassNumber(formatPassNumber(number))).toEqual({ ok: true, value: number });
    expect(checkPassNumber('1000-0000-0107')).toEqual({ ok: true, value: '100000000107' });
    expect(checkPassNumber('')).toMatchObject({ ok: false, message: expect.stringContaining('12 chiffres') });
    expect(checkPassNumber('1000 0000')).toEqual({ ok: false, message: 'Le numéro du pass compte 12 chiffres ; vous en avez saisi 8.' });
    expect(checkPassNumber('1000 0000 O1O7')).toMatchObject({ ok: false, message: expect.stringContaining('que des chiffres') });
    expect(checkPassNumber('100000000108')).toMatchObject({ ok: false, message: expect.stringContaining('mal recopié') });
    // Two neighbours swapped are caught too.
    expect(checkPassNumber('100000001007')).toMatchObject({ ok: false });
  });

  it('reads a code in any case, with I, L and O read as 1, 1 and 0; refuses a wrong length or a U', () => {
    expect(checkPassCode('9dm4 3th8')).toEqual({ ok: true, value: '9DM43TH8' });
    expect(checkPassCode('abcdefgo')).toEqual({ ok: true, value: 'ABCDEFG0' });
    expect(checkPassCode('ILO12345')).toEqual({ ok: true, value: '11012345' });
    expect(checkPassCode('ABC')).toEqual({ ok: false, message: 'Le code compte 8 caractères ; vous en avez saisi 3.' });
    expect(checkPassCode('ABCDEFGU')).toMatchObject({ ok: false, message: expect.stringContaining('sans U') });
  });

  it("reads a pass's QR code and refuses any other", () => {
    expect(checkQrPayload('PN1.100000000107.9dm43th8')).toEqual({ ok: true, value: { passNumber: '100000000107', code: '9DM43TH8' } });
    for (const other of ['https://example.org/', 'PN2.100000000107.9DM43TH8', 'PN1.100000000108.9DM43TH8', 'PN1.1000.9DM43TH8', 'WIFI:S:cafe;T:WPA;P:secret;;']) {
      expect(checkQrPayload(other)).toMatchObject({ ok: false, message: expect.stringContaining('n’est pas celui d’un pass numérique') });
    }
  });
});
