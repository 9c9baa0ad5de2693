// A place's week in the national standard's syntax (OpenStreetMap opening_hours), both ways:
// written from days × time ranges, read back when it is that simple, and said in French.

export const DAYS = [
  { key: 'Mo', name: 'lundi' },
  { key: 'Tu', name: 'mardi' },
  { key: 'We', name: 'mercredi' },
  { key: 'Th', name: 'jeudi' },
  { key: 'Fr', name: 'vendredi' },
  { key: 'Sa', name: 'samedi' },
  { key: 'Su', name: 'dimanche' },
] as const;

export interface TimeRange {
  from: string;
  to: string;
}
/** One list of time ranges per day, Monday first; an empty list is a closed day. */
export type Week = TimeRange[][];

export const emptyWeek = (): Week => DAYS.map(() => []);

const TIME = /^([01]\d|2[0-4]):[0-5]\d$/;
const complete = (range: TimeRange) => TIME.test(range.from) && TIME.test(range.to);
const rangesText = (ranges: TimeRange[]) => ranges.filter(complete).map((r) => `${r.from}-${r.to}`).join(',');

/** Days that follow each other, as [first, last] pairs: [0, 1, 2, 4] → [[0, 2], [4, 4]]. */
function runsOf(days: number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < days.length; ) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j] + 1) j++;
    runs.push([days[i], days[j]]);
    i = j + 1;
  }
  return runs;
}

/** The days sharing the same hours, in the week's order, with those hours. */
function sameHours(week: Week): Array<{ days: number[]; ranges: TimeRange[]; hours: string }> {
  const groups = new Map<string, { days: number[]; ranges: TimeRange[]; hours: string }>();
  week.forEach((ranges, day) => {
    const hours = rangesText(ranges);
    if (!hours) return;
    const group = groups.get(hours) ?? { days: [], ranges: ranges.filter(complete), hours };
    group.days.push(day);
    groups.set(hours, group);
  });
  return [...groups.values()];
}

/** "Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00": days with the same hours share one rule. */
export function openingHoursOf(week: Week): string {
  const span = ([first, last]: [number, number]) => (first === last ? DAYS[first].key : `${DAYS[first].key}${last === first + 1 ? ',' : '-'}${DAYS[last].key}`);
  return sameHours(week)
    .map((group) => `${runsOf(group.days).map(span).join(',')} ${group.hours}`)
    .join('; ');
}

const DAY_INDEX = new Map<string, number>(DAYS.map((d, i) => [d.key, i]));

/** The week a value describes when it is only days and time ranges; undefined otherwise (holidays, months, weeks…). */
export function weekOf(value: string): Week | undefined {
  const week = emptyWeek();
  const text = value.trim();
  if (text === '') return week;
  for (const rule of text.split(/\s*;\s*/)) {
    const match = /^([A-Z][a-z](?:[-,][A-Z][a-z])*)\s+((?:\d\d:\d\d-\d\d:\d\d)(?:,\d\d:\d\d-\d\d:\d\d)*)$/.exec(rule);
    if (!match) return undefined;
    const ranges = match[2].split(',').map((r) => ({ from: r.slice(0, 5), to: r.slice(6, 11) }));
    for (const span of match[1].split(',')) {
      const [first, last = first] = span.split('-').map((key) => DAY_INDEX.get(key));
      if (first === undefined || last === undefined || last < first) return undefined;
      for (let day = first; day <= last; day++) {
        // A later rule replacing an earlier one is not a week the grid can show faithfully.
        if (week[day].length > 0) return undefined;
        week[day] = ranges;
      }
    }
  }
  return week;
}

const frenchTime = (time: string) => {
  const [hours, minutes] = time.split(':');
  return `${Number(hours)} h${minutes === '00' ? '' : ` ${minutes}`}`;
};
const frenchRanges = (ranges: TimeRange[]) =>
  ranges
    .filter(complete)
    .map((r) => `de ${frenchTime(r.from)} à ${frenchTime(r.to)}`)
    .join(' et ');

/** "du lundi au vendredi de 9 h à 12 h et de 14 h à 18 h ; samedi de 9 h à 12 h"; undefined when the value is not a simple week. */
export function frenchOpeningHours(value: string | null | undefined): string | undefined {
  const week = weekOf(value ?? '');
  if (!week) return undefined;
  const run = ([first, last]: [number, number]) => (last >= first + 2 ? `du ${DAYS[first].name} au ${DAYS[last].name}` : first === last ? DAYS[first].name : `${DAYS[first].name} et ${DAYS[last].name}`);
  const parts = sameHours(week).map((group) => `${runsOf(group.days).map(run).join(', ')} ${frenchRanges(group.ranges)}`);
  return parts.length === 0 ? 'aucun horaire indiqué' : parts.join(' ; ');
}

/**
 * The refusal the API would give (the same library, in mode 0, warnings refused), loaded only when
 * a description is edited: it carries every country's holidays.
 */
export async function openingHoursProblem(value: string): Promise<string | undefined> {
  if (value.trim() === '') return undefined;
  const { default: OpeningHours } = await import('opening_hours');
  try {
    const [warning] = new OpeningHours(value, null, 0).getWarnings();
    return warning ? warning.split('\n')[0] : undefined;
  } catch (error) {
    return String(error).split('\n')[0];
  }
}
