/**
 * Shell words → cell values, read as a user types them in a cell: numeric text is a
 * number ("23" → 23, "1766.92" → 1766.92), TRUE/FALSE/VRAI/FAUX a boolean, "" an omitted argument,
 * anything else text ("1766,92" and ISO dates stay text: the catalogue's coercion understands them).
 */
import { typedCell, type CellValue } from '@formapro/functions';

export const cellFromArg = (word: string): CellValue => typedCell(word);

export function cellsFromArgs(words: string[]): CellValue[] {
  return words.map(typedCell);
}

/** The options of `formapro fn` (recognised before and after the function name); `--lang` takes a value. */
const FN_FLAGS = new Set(['--explain', '--json', '--list', '--help', '-h']);
const FN_VALUED = new Set(['--lang']);

/**
 * The words after `fn`, rewritten so that everything after the function name is an argument value:
 * `PRO_MIN_SALARY -Infinity none --explain` → `--explain -- PRO_MIN_SALARY -Infinity none`. fn's own options
 * (--explain, --json, --list, --lang X, --help) stay options wherever they are; after `--` every word is a
 * value; any other word after the name (`-5`, `-Infinity`, `--x`) is a value. Before the name an unknown
 * option is left to the parser (a usage error).
 */
export function fnWords(words: string[]): string[] {
  const options: string[] = [];
  const operands: string[] = [];
  let named = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === '--') {
      if (!named && i + 1 < words.length) named = true;
      operands.push(...words.slice(i + 1));
      break;
    }
    const flag = w.split('=')[0];
    if (FN_FLAGS.has(w) || (FN_VALUED.has(flag) && w.includes('='))) options.push(w);
    else if (FN_VALUED.has(w)) {
      options.push(w);
      if (i + 1 < words.length) options.push(words[++i]);
    } else if (!named && w.startsWith('-') && w.length > 1) options.push(w); // before the name: the parser judges it
    else {
      named = true;
      operands.push(w);
    }
  }
  return operands.length ? [...options, '--', ...operands] : options;
}
