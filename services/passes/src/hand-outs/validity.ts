// A pass is valid one year after hand-out plus one month of tolerance, capped by the programme's
// last valid day (its end, or the validity extension its authority voted) and the order's own
// window. Calendar dates are UTC "YYYY-MM-DD" strings.

/** The same day one year and one month later; the 31st falls back to the month's last day. */
export function oneYearOneMonthAfter(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const year = m === 12 ? y + 2 : y + 1;
  const month = m === 12 ? 1 : m + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

export function validUntilOf(handedOutOn: string, programmeLastValidDay: string, orderValidUntil: string | null): string {
  return [oneYearOneMonthAfter(handedOutOn), programmeLastValidDay, orderValidUntil].filter((d): d is string => d !== null).sort()[0];
}
