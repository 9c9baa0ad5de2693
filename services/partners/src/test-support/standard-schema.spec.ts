// The checker must itself be able to fail: it accepts the standard's own valid example and refuses broken copies of it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { violationsOfStandard } from './standard-schema';

const example = readFileSync(path.join(__dirname, '../../reference/standard-mediation-num-v1.0.2.exemple-valide.csv'), 'utf8');

describe('the standard schema checker used by the export tests', () => {
  it("accepts the standard's valid example", () => {
    expect(violationsOfStandard(example)).toEqual([]);
  });

  it('refuses a bad postal code, an unknown service, a missing name and a repeated id', () => {
    const [header, row] = example.trim().split('\n');
    const broken = [header, row.replace('"51100"', '"5110"'), row.replace('Loisirs et créations numériques', 'Jardinage'), row.replace('"Anonymal"', '""')].join('\n');
    const problems = violationsOfStandard(broken);
    expect(problems.some((p) => p.startsWith('line 2: /code_postal'))).toBe(true);
    expect(problems.some((p) => p.startsWith('line 3: /services'))).toBe(true);
    expect(problems.some((p) => p.startsWith('line 4:') && p.includes('nom'))).toBe(true);
    expect(problems.some((p) => p.includes('repeats line 2'))).toBe(true);
  });
});
