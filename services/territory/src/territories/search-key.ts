// How names are compared for search: accents, case, hyphens and apostrophes do not matter,
// and the usual abbreviations of "Saint" are understood. Computed here rather than with
// Postgres' unaccent, which is an extension a managed database may not offer.

const ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte', sts: 'saints', stes: 'saintes' };
const LEADING_ARTICLES = new Set(['le', 'la', 'les', 'l']);

function words(text: string): string[] {
  const folded = text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  return folded.split(/[^a-z0-9]+/).filter(Boolean);
}

/** The stored, comparable form of a name: "Saint-Omer" → "saint omer", "L'Haÿ-les-Roses" → "l hay les roses". */
export function searchKey(name: string): string {
  return words(name)
    .map((w) => ABBREVIATIONS[w] ?? w)
    .join(' ');
}

/** The same without a leading article, so that "touquet" finds "Le Touquet-Paris-Plage". */
export function searchKeyWithoutArticle(name: string): string {
  const all = words(name).map((w) => ABBREVIATIONS[w] ?? w);
  return (all.length > 1 && LEADING_ARTICLES.has(all[0]) ? all.slice(1) : all).join(' ');
}

/**
 * The prefixes a typed query may stand for. A finished abbreviation ("st omer") is expanded;
 * the word being typed stays ambiguous ("st" may be "saint" or the start of "strasbourg"),
 * so both readings are searched.
 */
export function searchPrefixes(query: string): string[] {
  const typed = words(query);
  if (typed.length === 0) return [];
  const head = typed.slice(0, -1).map((w) => ABBREVIATIONS[w] ?? w);
  const last = typed[typed.length - 1];
  const readings = new Set([[...head, last].join(' ')]);
  if (ABBREVIATIONS[last]) readings.add([...head, ABBREVIATIONS[last]].join(' '));
  return [...readings];
}
