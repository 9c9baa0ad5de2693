// Small-count suppression for open data (statistical disclosure control), as a pure function.
//
// Rule (docs/analytics.md, "Open data"):
//  1. Primary: a cell describing between 1 and threshold − 1 people is not published.
//  2. Secondary: a published total minus its published parts gives the sum of its hidden parts.
//     So, in every group (a total and the cells that add up to it), the hidden cells must be none,
//     or at least two that together describe at least `threshold` people; otherwise the smallest
//     published non-zero cell of the group is hidden too. Repeated until every group holds, since
//     hiding a cell for one group (a commune in its département) may break another (its EPCI).
//  3. A group whose hidden cells cannot reach the threshold (its non-zero cells are all hidden and
//     sum to less) has a total below the threshold too: the total is hidden.
// Zeros describe nobody and are published. This protects against the usual differencing (one
// total, its parts); it is not an optimal cell-suppression solver across every linear combination.

export type Suppression = 'PRIMARY' | 'SECONDARY';

export interface Group {
  /** The cell holding the group's total (it is published like any other cell). */
  total: string;
  /** Cells that add up exactly to the total. */
  parts: readonly string[];
}

export function suppress(people: ReadonlyMap<string, number>, groups: readonly Group[], threshold: number): Map<string, Suppression> {
  const hidden = new Map<string, Suppression>();
  const count = (cell: string) => people.get(cell) ?? 0;
  for (const [cell, n] of people) if (n > 0 && n < threshold) hidden.set(cell, 'PRIMARY');
  for (let changed = true; changed; ) {
    changed = false;
    for (const group of groups) {
      for (;;) {
        const hiddenParts = group.parts.filter((p) => hidden.has(p) && count(p) > 0);
        const hiddenSum = hiddenParts.reduce((sum, p) => sum + count(p), 0);
        if (hiddenParts.length === 0 || (hiddenParts.length >= 2 && hiddenSum >= threshold)) break;
        const candidate = group.parts
          .filter((p) => !hidden.has(p) && count(p) > 0)
          .sort((a, b) => count(a) - count(b) || (a < b ? -1 : 1))[0];
        if (candidate === undefined) {
          if (!hidden.has(group.total) && count(group.total) > 0) {
            hidden.set(group.total, 'SECONDARY');
            changed = true;
          }
          break;
        }
        hidden.set(candidate, 'SECONDARY');
        changed = true;
      }
    }
  }
  return hidden;
}
