import { columnText, keysOfText, numbersOfText } from './column-texts';

describe('columns as texts', () => {
  it('reads keys and counts back, an empty breakdown as empty columns, a NULL as an empty cell that keeps the columns aligned', () => {
    expect(keysOfText('80001,80021,2A004')).toEqual(['80001', '80021', '2A004']);
    expect(numbersOfText('9,20,0')).toEqual([9, 20, 0]);
    expect(keysOfText('')).toEqual([]);
    expect(numbersOfText('')).toEqual([]);
    expect(numbersOfText('1,,3')).toEqual([1, 0, 3]);
    // array_to_string's third argument keeps NULLs in place (without it they vanish, shifting every later value).
    expect(columnText('people', 'people')).toBe(`COALESCE(array_to_string(array_agg(people), ',', ''), '') AS "people"`);
  });
});
