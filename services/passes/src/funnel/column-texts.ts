// Whole breakdowns come back from PostgreSQL as columns (one value per key, in key order). As
// arrays, node-postgres parses them character by character (postgres-array): a third of the
// passes subgraph's CPU for every commune of France in the analytics benchmark. As one
// comma-separated text per column, a split does it. Keys (INSEE codes, uuids, enum names) and
// counts hold no comma; a NULL would become an empty cell, keeping the columns aligned.

/** The SQL of one column: `expression` of every row, in the subquery's order, as one text. */
export function columnText(expression: string, alias: string): string {
  return `COALESCE(array_to_string(array_agg(${expression}), ',', ''), '') AS "${alias}"`;
}

export function keysOfText(text: string): string[] {
  return text === '' ? [] : text.split(',');
}

export function numbersOfText(text: string): number[] {
  if (text === '') return [];
  const parts = text.split(',');
  const numbers = new Array<number>(parts.length);
  for (let i = 0; i < parts.length; i++) numbers[i] = Number(parts[i]);
  return numbers;
}
