import { searchKey, searchKeyWithoutArticle, searchPrefixes } from './search-key';

describe('search keys', () => {
  it('ignores accents, case, hyphens and apostrophes', () => {
    expect(searchKey('Péronne')).toBe('peronne');
    expect(searchKey("L'Haÿ-les-Roses")).toBe('l hay les roses');
    expect(searchKey('Œuilly')).toBe('oeuilly');
    expect(searchKey('  SAINT-OMER ')).toBe('saint omer');
  });

  it('reads St/Ste as Saint/Sainte, in names and in queries', () => {
    expect(searchKey('St-Omer')).toBe('saint omer');
    expect(searchPrefixes('st omer')).toEqual(['saint omer']);
    expect(searchPrefixes('Ste Gene')).toEqual(['sainte gene']);
  });

  it('keeps both readings of an abbreviation still being typed: "st" may start Strasbourg', () => {
    expect(searchPrefixes('st')).toEqual(['st', 'saint']);
    expect(searchPrefixes('le st')).toEqual(['le st', 'le saint']);
  });

  it('drops a leading article for the second key only', () => {
    expect(searchKeyWithoutArticle('Le Touquet-Paris-Plage')).toBe('touquet paris plage');
    expect(searchKeyWithoutArticle("L'Abergement-Clémenciat")).toBe('abergement clemenciat');
    expect(searchKeyWithoutArticle('Les')).toBe('les');
    expect(searchKeyWithoutArticle('Lens')).toBe('lens');
  });

  it('finds nothing to search in punctuation alone', () => {
    expect(searchPrefixes(" -' ")).toEqual([]);
  });
});
