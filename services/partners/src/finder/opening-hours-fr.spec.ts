import { readOpeningHours } from './opening-hours-fr';

// Monday 7 December 2026, 10:00 in Paris (09:00 UTC, winter time).
const MONDAY_10H = new Date('2026-12-07T09:00:00Z');

describe('opening hours in plain French', () => {
  it('writes the week by runs of days with the same hours, and says whether it is open now on French time', () => {
    const reading = readOpeningHours('Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00', MONDAY_10H);
    expect(reading.week).toEqual(['Du lundi au vendredi : de 9 h à 12 h et de 14 h à 18 h', 'Samedi : de 9 h à 12 h', 'Dimanche : fermé']);
    expect(reading.openNow).toBe(true);
    expect(reading.status).toBe("Ouvert jusqu'à 12 h");
  });

  it('tells when a closed place opens next', () => {
    expect(readOpeningHours('Sa 09:30-12:00', MONDAY_10H)).toMatchObject({ openNow: false, status: 'Fermé, ouvre samedi à 9 h 30' });
    expect(readOpeningHours('Tu 14:00-17:00', MONDAY_10H).status).toBe('Fermé, ouvre demain à 14 h');
    expect(readOpeningHours('Mo 14:00-17:00', MONDAY_10H).status).toBe("Fermé, ouvre aujourd'hui à 14 h");
  });

  it('follows summer time: 10:00 UTC in July is noon in Paris', () => {
    expect(readOpeningHours('Mo-Fr 09:00-12:00', new Date('2026-07-06T09:30:00Z')).openNow).toBe(true);
    expect(readOpeningHours('Mo-Fr 09:00-12:00', new Date('2026-07-06T10:30:00Z')).openNow).toBe(false);
  });

  it('knows French public holidays (Christmas day)', () => {
    expect(readOpeningHours('Mo-Fr 09:00-18:00; PH off', new Date('2026-12-25T10:00:00Z')).openNow).toBe(false);
  });

  it('reads nothing from a missing or unreadable value, without failing', () => {
    expect(readOpeningHours(null, MONDAY_10H)).toEqual({ week: [], openNow: null, status: null });
    expect(readOpeningHours('lundi matin', MONDAY_10H)).toEqual({ week: [], openNow: null, status: null });
  });

  it('writes a place open all day, every day', () => {
    expect(readOpeningHours('24/7', MONDAY_10H)).toEqual({ week: ['Du lundi au dimanche : toute la journée'], openNow: true, status: 'Ouvert en permanence' });
  });
});
