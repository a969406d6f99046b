/**
 * The CLI's CSV reading (apps/cli/src/validate/csv-rows.ts) scans regular records itself and hands the rest of
 * the file to csv-parse from the first irregular one: the rows must be exactly csv-parse's, on any text (line
 * ends \n, \r\n, \r and mixed, empty lines, a BOM, quoted fields with delimiters, doubled quotes and line
 * breaks, stray quotes, multi-byte characters) cut into chunks anywhere between two characters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../apps/cli/node_modules/csv-parse/lib/sync.js';
import { textRows } from '../../apps/cli/src/validate/csv-rows';

const OPTIONS = { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, max_record_size: 16 * 1024 * 1024 };

/** csv-parse on the whole text: its records, or the fact that it refuses the text. */
function expected(text: string, delimiter: string): string[][] | 'refused' {
  try {
    return parse(text, { ...OPTIONS, delimiter }) as string[][];
  } catch {
    return 'refused';
  }
}

async function got(chunks: string[], delimiter: string): Promise<string[][] | 'refused'> {
  const out: string[][] = [];
  try {
    for await (const r of textRows((async function* () { yield* chunks; })(), delimiter)) {
      expect(r.number).toBe(out.length + 1);
      out.push(r.values as string[]);
    }
    return out;
  } catch {
    return 'refused';
  }
}

/** The text cut at the given places (the decoder gives chunks of any length, of whole characters: never inside a surrogate pair). */
function cut(text: string, at: number[]): string[] {
  const inPair = (p: number) => p > 0 && p < text.length && text.charCodeAt(p - 1) >= 0xd800 && text.charCodeAt(p - 1) <= 0xdbff;
  const points = [...new Set(at.map((p) => p % (text.length + 1)).filter((p) => !inPair(p)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const p of points) {
    out.push(text.slice(from, p));
    from = p;
  }
  out.push(text.slice(from));
  return out.filter((c) => c.length > 0);
}

describe('CSV rows as csv-parse reads them', () => {
  it('random texts of cells, delimiters, line ends, quoted fields and stray quotes, accents, cut into random chunks', async () => {
    const piece = fc.constantFrom('a', 'b', 'é', '€', '😀', '12,5', ' ', ';', ',', '\t', '\n', '\r\n', '\r', '"', '""', '\n\n', '"a;b"', '"x\ny"', '"q""r"', ';"s";', '"t"\r\n', '""\n');
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(piece, { maxLength: 60 }), fc.constantFrom(';', ',', '\t'), fc.array(fc.nat(), { maxLength: 6 }), async (bom, pieces, delimiter, at) => {
        const text = (bom ? '\uFEFF' : '') + pieces.join('');
        if (text.replace('\uFEFF', '') === '') return;
        expect(await got(cut(text, at), delimiter)).toEqual(expected(text, delimiter));
      }),
      { numRuns: 4000 },
    );
  }, 60_000);

  it('an export: quoted cells with the delimiter, a doubled quote and a line break, empty lines, a last line without its end', async () => {
    const text = 'Nom;Naissance;Notes\r\nDupont;12/03/2004;"bac pro; 65 %"\r\n\r\n"Martin ""Jr""";;"deux\r\nlignes"\r\nÉloïse;01/01/2001;1000';
    const rows = [['Nom', 'Naissance', 'Notes'], ['Dupont', '12/03/2004', 'bac pro; 65 %'], [''], ['Martin "Jr"', '', 'deux\r\nlignes'], ['Éloïse', '01/01/2001', '1000']];
    expect(await got([text], ';')).toEqual(rows);
    expect(await got(cut(text, [7, 30, 31, 50, 71]), ';')).toEqual(rows);
    // a stray quote: from there csv-parse reads, with the file's line end (\r\n)
    expect(await got(['a;b\r\nc;d"e\r\nf\ng;h\r\n'], ';')).toEqual([['a', 'b'], ['c', 'd"e'], ['f\ng', 'h']]);
    expect(await got(['a;b\r', '\nc;d'], ';')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(await got(['a;b\n', 'c\r\nd;e\n'], ';')).toEqual([['a', 'b'], ['c\r'], ['d', 'e']]);
    expect(await got(['\uFEFF\uFEFFa;b'], ';')).toEqual(expected('\uFEFF\uFEFFa;b', ';'));
    expect(await got(['a;"b\n'], ';')).toBe('refused'); // an unclosed quote, refused as csv-parse refuses it
  });
});
