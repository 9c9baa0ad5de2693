const DATE = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const INTEGER = new Intl.NumberFormat('fr-FR');
const PERCENT = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });

/** "12 mars 2021" from "2021-03-12". */
export const formatDate = (isoDate: string) => DATE.format(new Date(`${isoDate}T00:00:00Z`));
export const formatInteger = (n: number) => INTEGER.format(n);
export const formatRate = (rate: number) => PERCENT.format(rate);

/** "350 m", "1,2 km", "12 km". */
export function formatDistance(metres: number): string {
  if (metres < 1000) return `${Math.round(metres / 10) * 10} m`;
  const km = metres / 1000;
  return `${km < 10 ? km.toLocaleString('fr-FR', { maximumFractionDigits: 1 }) : Math.round(km)} km`;
}
