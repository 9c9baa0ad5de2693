// Opening hours as people read them: the OpenStreetMap value a place gives (the national
// standard's `horaires`) evaluated by the opening_hours library, written out in plain French for
// the week in progress, with whether the place is open at this moment.
//
// The values describe French wall-clock time: they are evaluated on Europe/Paris time whatever the
// server's time zone (opening_hours reads a Date's local fields, so it is given a Date whose local
// fields are Paris's). A place overseas is read on Paris time too: the national standard's hours
// carry no time zone, and the finder derives none from the commune.
import OpeningHours from 'opening_hours';

export interface OpeningHoursReading {
  /** One line per run of days with the same hours, e.g. "Du lundi au vendredi : de 9 h à 12 h et de 14 h à 18 h". */
  week: string[];
  /** Null when the value cannot be read (the place gave none, or one the library refuses). */
  openNow: boolean | null;
  /** "Ouvert jusqu'à 18 h", "Fermé, ouvre lundi à 9 h"…; null when the value cannot be read. */
  status: string | null;
}

const DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
// Public holidays (PH) are France's; the state matters only for Alsace-Moselle's extra days.
const NOMINATIM = { lat: 46.6, lon: 2.4, address: { country_code: 'fr', state: '' } };
const PARIS = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

/** A Date whose local fields are the Paris wall-clock time of `instant`. */
export function parisWallClock(instant: Date): Date {
  const parts = Object.fromEntries(PARIS.formatToParts(instant).map((p) => [p.type, p.value]));
  return new Date(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
}

// Places share a handful of values: each is parsed once per process (bounded).
const parsed = new Map<string, OpeningHours | null>();
function parse(value: string): OpeningHours | null {
  let oh = parsed.get(value);
  if (oh === undefined) {
    try {
      oh = new OpeningHours(value, NOMINATIM as never, { locale: 'fr' } as never);
    } catch {
      oh = null;
    }
    if (parsed.size > 5_000) parsed.clear();
    parsed.set(value, oh);
  }
  return oh;
}

/** "9 h", "9 h 30", "minuit". */
function clock(date: Date, endOfDay = false): string {
  const h = date.getHours();
  const m = date.getMinutes();
  if (endOfDay && h === 0 && m === 0) return 'minuit';
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`;
}

function dayRange(from: number, to: number): string {
  if (from === to) return capitalise(DAYS[from]);
  if (to === from + 1) return `${capitalise(DAYS[from])} et ${DAYS[to]}`;
  return `Du ${DAYS[from]} au ${DAYS[to]}`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

// Places share a handful of values: each is read once per minute, whatever the number of places.
const readings = new Map<string, OpeningHoursReading>();

/** Reads a place's opening hours at `now` (an instant), to the minute. */
export function readOpeningHours(value: string | null | undefined, now: Date): OpeningHoursReading {
  const text = value?.trim() ?? '';
  const key = `${Math.floor(now.getTime() / 60_000)}|${text}`;
  let reading = readings.get(key);
  if (!reading) {
    reading = read(text, new Date(Math.floor(now.getTime() / 60_000) * 60_000));
    if (readings.size > 5_000) readings.clear();
    readings.set(key, reading);
  }
  return reading;
}

function read(text: string, now: Date): OpeningHoursReading {
  const oh = text ? parse(text) : null;
  if (!oh) return { week: [], openNow: null, status: null };
  const wall = parisWallClock(now);
  const monday = new Date(wall.getFullYear(), wall.getMonth(), wall.getDate() - ((wall.getDay() + 6) % 7));
  const openNow = oh.getState(wall);
  return { week: weekOf(text, oh, monday), openNow, status: statusLine(openNow, wall, oh.getNextChange(wall)) };
}

// A value's week is the same for every place and every request of that week: written once.
const weeks = new Map<string, string[]>();
function weekOf(value: string, oh: OpeningHours, monday: Date): string[] {
  const key = `${monday.getTime()}|${value}`;
  const known = weeks.get(key);
  if (known) return known;
  const hoursByDay: string[] = [];
  for (let day = 0; day < 7; day++) {
    const start = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + day);
    const end = new Date(start.getFullYear(), start.getMonth(), start.getDate() + 1);
    const intervals = oh.getOpenIntervals(start, end).filter(([, , unknown]) => !unknown);
    hoursByDay.push(intervals.length === 0 ? 'fermé' : intervals.map(([from, to]) => (from.getTime() === start.getTime() && to.getTime() === end.getTime() ? 'toute la journée' : `de ${clock(from)} à ${clock(to, true)}`)).join(' et '));
  }
  const week: string[] = [];
  for (let day = 0; day < 7; ) {
    let last = day;
    while (last + 1 < 7 && hoursByDay[last + 1] === hoursByDay[day]) last++;
    week.push(`${dayRange(day, last)} : ${hoursByDay[day]}`);
    day = last + 1;
  }
  if (weeks.size > 5_000) weeks.clear();
  weeks.set(key, week);
  return week;
}

function statusLine(openNow: boolean, wall: Date, next: Date | undefined): string {
  if (!next) return openNow ? 'Ouvert en permanence' : 'Fermé';
  if (openNow) return `Ouvert jusqu'à ${clock(next, true)}`;
  const days = Math.round((new Date(next.getFullYear(), next.getMonth(), next.getDate()).getTime() - new Date(wall.getFullYear(), wall.getMonth(), wall.getDate()).getTime()) / 86_400_000);
  const when = days === 0 ? "aujourd'hui" : days === 1 ? 'demain' : days < 7 ? DAYS[(next.getDay() + 6) % 7] : `le ${next.getDate()}/${String(next.getMonth() + 1).padStart(2, '0')}`;
  return `Fermé, ouvre ${when} à ${clock(next)}`;
}
