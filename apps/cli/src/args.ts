/**
 * Shell words → cell values, read as a user types them in a cell (design.md §5): numeric text is a
 * number ("23" → 23, "1766.92" → 1766.92), TRUE/FALSE/VRAI/FAUX a boolean, "" an omitted argument,
 * anything else text ("1766,92" and ISO dates stay text: the catalogue's coercion understands them).
 */
import { typedCell, type CellValue } from '@formapro/functions';

export const cellFromArg = (word: string): CellValue => typedCell(word);

export function cellsFromArgs(words: string[]): CellValue[] {
  return words.map(typedCell);
}
