import { parse } from 'csv-parse/sync';
import { neutraliseCsvCell, writeCsv } from './csv';

describe('CSV cells', () => {
  it('writes formulas as text and leaves numbers and plain text alone', () => {
    expect(['=HYPERLINK("http://x","clic")', '+33 1 23', '-2+3', '@SUM(A1)', '\t=1', 'Médiathèque', '-12.50', '+7', '42'].map(neutraliseCsvCell)).toEqual([
      `'=HYPERLINK("http://x","clic")`,
      `'+33 1 23`,
      `'-2+3`,
      `'@SUM(A1)`,
      `'\t=1`,
      'Médiathèque',
      '-12.50',
      '+7',
      '42',
    ]);
  });

  it('neutralises every text cell of rows and objects, and keeps the text readable', () => {
    expect(parse(writeCsv([['name', 'amount'], ['=cmd|calc', -5]]))).toEqual([['name', 'amount'], ["'=cmd|calc", '-5']]);
    expect(parse(writeCsv([{ name: '@x', amount: 3 }], { header: true, columns: ['name', 'amount'] }))).toEqual([['name', 'amount'], ["'@x", '3']]);
  });
});
