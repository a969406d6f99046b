// How the law store names its sources to users: the public texts a source cites (decrees, articles, sites),
// Légifrance links, and the French wording of a value not checked against its text.
import { describe, expect, it } from 'vitest';
import { defineParameter, inForce, legifranceUrl, publicTexts } from '@formapro/core';

describe('publicTexts', () => {
  it('in the order they appear: an article before the decree that amended it', () => {
    expect(publicTexts('D6222-26 as amended by décret n° 2018-1347 du 28 décembre 2018')).toEqual(['D6222-26', 'décret n° 2018-1347 du 28 décembre 2018']);
  });
  it('a bare "loi" or "arrêté" names no text; with its number or date it does', () => {
    expect(publicTexts('the loi was not read, nor the arrêté')).toEqual([]);
    expect(publicTexts('loi 2018-771 art. 13')).toEqual(['loi 2018-771']);
  });
  it('"and" between two numbers becomes "et", however spaced; a text named twice is listed once', () => {
    expect(publicTexts('décrets 2023-1354  and  2024-392, then L6325-11, L6325-11 again')).toEqual(['décrets 2023-1354 et 2024-392', 'L6325-11']);
  });
});

describe('legifranceUrl', () => {
  it('"L130-1  CSS" with two spaces is still the Code de la sécurité sociale, searched without the suffix', () => {
    expect(legifranceUrl('L130-1  CSS')).toBe('https://www.legifrance.gouv.fr/search/code?tab_selection=code&searchField=NUM_ARTICLE&query=L130-1&code=LEGITEXT000006073189');
  });
});

describe('inForce messages', () => {
  const closed = defineParameter({ id: 't.closed-no-after', description: 'closed without successor', unit: 'rate', versions: [{ validFrom: '2020-01-01', validTo: '2021-01-01', value: '1', articles: ['L1-1'], source: 'a working note with no public text', verified: false }] });
  it('a closed version without a successor text: after it, the covered period (not a crash), in both languages', () => {
    let error: unknown;
    try {
      inForce(closed, '2021-06-01');
    } catch (e) {
      error = e;
    }
    expect((error as Error).message).toBe('date: 2021-06-01 is outside the period the law store covers for closed without successor (2020-01-01 onwards until 2021-01-01)');
  });
  it('an unverified value whose source names no public text: the French message quotes the source itself', () => {
    const w = inForce(closed, '2020-06-01').warnings[0];
    expect(w.message.fr.endsWith('elle repose sur a working note with no public text')).toBe(true);
    expect(w.message.en).toBe('closed without successor (from 2020-01-01): value not checked against the official text; it rests on a working note with no public text');
  });
});
