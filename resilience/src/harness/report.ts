// Figures printed by the campaigns: plain lines on stdout (not through Jest's console, which
// adds a stack line to each), so that `npm test` shows them as a small table.
export function printReport(title: string, rows: Array<[label: string, value: string | number]>): void {
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = [`\n┌ resilience · ${title}`, ...rows.map(([label, value]) => `│ ${label.padEnd(width)}  ${value}`), '└'];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** Counts by key, printed largest first. */
export class Tally {
  private readonly counts = new Map<string, number>();

  add(key: string, n = 1): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + n);
  }

  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  get total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  entries(): Array<[string, number]> {
    return [...this.counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }

  filter(predicate: (key: string) => boolean): number {
    return this.entries().reduce((sum, [key, n]) => (predicate(key) ? sum + n : sum), 0);
  }

  toString(): string {
    return this.entries()
      .map(([key, n]) => `${key} ${n}`)
      .join(', ');
  }
}
