/**
 * Shell words → cell values, read as a user types them in a cell (design.md §5):
 * numeric text is a number ("23" → 23, "1766.92" → 1766.92, "55%" → 0.55), TRUE/FALSE/VRAI/FAUX a
 * boolean, "" an omitted argument, anything else text ("1766,92" and ISO dates stay text: the catalogue's
 * coercion understands them).
 */
import type { CellValue } from '@formapro/functions';

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(?:\d+\.?\d*|\.\d+))\s*%$/;
const TRUE_WORDS = new Set(['TRUE', 'VRAI']);
const FALSE_WORDS = new Set(['FALSE', 'FAUX']);

export function cellFromArg(word: string): CellValue {
  if (word === '') return undefined;
  const t = word.trim();
  if (NUMBER.test(t)) return Number(t);
  const pct = PERCENT.exec(t);
  if (pct) return Number(pct[1]) / 100;
  const up = t.toUpperCase();
  if (TRUE_WORDS.has(up)) return true;
  if (FALSE_WORDS.has(up)) return false;
  return word;
}

export function cellsFromArgs(words: string[]): CellValue[] {
  return words.map(cellFromArg);
}
