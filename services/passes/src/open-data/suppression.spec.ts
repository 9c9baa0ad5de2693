// Small-count suppression on constructed tables: no published cell describes 1–10 people, and no
// hidden cell can be recomputed from a published total and its published parts.
import { suppress, type Group } from './suppression';

const T = 11;

/** The property the rule promises, checked on any outcome. */
function expectSafe(people: Map<string, number>, groups: Group[], hidden: Map<string, string>) {
  for (const [cell, n] of people) if (n > 0 && n < T) expect(hidden.has(cell)).toBe(true);
  for (const g of groups) {
    if (hidden.has(g.total)) continue;
    const hiddenParts = g.parts.filter((p) => hidden.has(p) && (people.get(p) ?? 0) > 0);
    const sum = hiddenParts.reduce((s, p) => s + people.get(p)!, 0);
    if (hiddenParts.length > 0) {
      expect(hiddenParts.length).toBeGreaterThanOrEqual(2);
      expect(sum).toBeGreaterThanOrEqual(T);
    }
  }
}

describe('open data suppression', () => {
  it('hides a small cell and the smallest other cell of its total, so that it cannot be recomputed', () => {
    // Département D (47) = communes a (5) + b (30) + c (12).
    const people = new Map([['D', 47], ['a', 5], ['b', 30], ['c', 12]]);
    const groups = [{ total: 'D', parts: ['a', 'b', 'c'] }];
    const hidden = suppress(people, groups, T);
    expect(Object.fromEntries(hidden)).toEqual({ a: 'PRIMARY', c: 'SECONDARY' });
    expectSafe(people, groups, hidden);
  });

  it('follows a secondary suppression into the other totals the cell belongs to', () => {
    // Communes a (5), b (30), c (12) in D; c and d (40) form EPCI E (52); the région R = D + D2.
    const people = new Map([['R', 147], ['D', 47], ['D2', 100], ['E', 52], ['a', 5], ['b', 30], ['c', 12], ['d', 40], ['e', 60]]);
    const groups = [
      { total: 'R', parts: ['D', 'D2'] },
      { total: 'D', parts: ['a', 'b', 'c'] },
      { total: 'D2', parts: ['d', 'e'] },
      { total: 'E', parts: ['c', 'd'] },
    ];
    const hidden = suppress(people, groups, T);
    // c hidden for D's sake would be E − d: so d is hidden too, then D2 − e would give d: e too.
    expect(Object.fromEntries(hidden)).toEqual({ a: 'PRIMARY', c: 'SECONDARY', d: 'SECONDARY', e: 'SECONDARY' });
    expectSafe(people, groups, hidden);
  });

  it('hides two small cells together only when they describe at least the threshold together', () => {
    const people = new Map([['T', 70], ['a', 3], ['b', 4], ['c', 25], ['d', 38]]);
    const groups = [{ total: 'T', parts: ['a', 'b', 'c', 'd'] }];
    const hidden = suppress(people, groups, T);
    // a + b = 7 < 11: c (the smallest published) is hidden too.
    expect(Object.fromEntries(hidden)).toEqual({ a: 'PRIMARY', b: 'PRIMARY', c: 'SECONDARY' });
    expectSafe(people, groups, hidden);
  });

  it('publishes zeros and large cells untouched, and hides a total that is itself small', () => {
    const people = new Map([['T', 8], ['a', 8], ['b', 0]]);
    const groups = [{ total: 'T', parts: ['a', 'b'] }];
    const hidden = suppress(people, groups, T);
    expect(Object.fromEntries(hidden)).toEqual({ T: 'PRIMARY', a: 'PRIMARY' });
    const clean = suppress(new Map([['T', 40], ['a', 40], ['b', 0]]), groups, T);
    expect(clean.size).toBe(0);
  });

  it('holds on a random hierarchy of France-like shape', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const people = new Map<string, number>();
    const groups: Group[] = [];
    const regions: string[] = [];
    for (let r = 0; r < 4; r++) {
      const departements: string[] = [];
      for (let d = 0; d < 5; d++) {
        const communes = Array.from({ length: 30 }, (_, c) => `c${r}.${d}.${c}`);
        for (const c of communes) people.set(c, random() < 0.3 ? 0 : Math.floor(random() ** 3 * 60));
        // EPCIs: runs of 6 communes inside the département.
        for (let e = 0; e < 5; e++) {
          const parts = communes.slice(e * 6, e * 6 + 6);
          const id = `e${r}.${d}.${e}`;
          people.set(id, parts.reduce((s, p) => s + people.get(p)!, 0));
          groups.push({ total: id, parts });
        }
        const id = `d${r}.${d}`;
        people.set(id, communes.reduce((s, p) => s + people.get(p)!, 0));
        groups.push({ total: id, parts: communes });
        departements.push(id);
      }
      const id = `r${r}`;
      people.set(id, departements.reduce((s, p) => s + people.get(p)!, 0));
      groups.push({ total: id, parts: departements });
      regions.push(id);
    }
    people.set('total', regions.reduce((s, p) => s + people.get(p)!, 0));
    groups.push({ total: 'total', parts: regions });
    const hidden = suppress(people, groups, T);
    expect([...hidden.values()].filter((s) => s === 'PRIMARY').length).toBeGreaterThan(50);
    expectSafe(people, groups, hidden);
  });
});
