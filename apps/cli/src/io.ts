/**
 * Output helpers shared by the commands: plain lines on stdout, diagnostics on stderr, exit codes set
 * (never `process.exit` in a command, so output is flushed).
 */
export const out = (text = ''): void => {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
};
export const err = (text = ''): void => {
  process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
};

/** Exit codes: 0 done, 1 the law or the arguments gave an Excel error (or contracts have errors), 2 usage error. */
export const EXIT = { OK: 0, ERROR: 1, USAGE: 2 } as const;

export function fail(code: number): void {
  if (!process.exitCode || code > Number(process.exitCode)) process.exitCode = code;
}

/** Wraps `text` to lines of at most `width` characters, every line after the first prefixed by `indent`. */
export function wrap(text: string, width: number, indent = ''): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : indent + l)).join('\n');
}

/** Columns aligned: text left, numbers right (a column is numeric when every non-header cell is). */
export function alignTable(rows: string[][], numeric: boolean[] = []): string {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const sizes = Array.from({ length: width }, (_, c) => Math.max(0, ...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => (numeric[c] ? (cell ?? '').padStart(sizes[c]) : (cell ?? '').padEnd(sizes[c])))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** RFC 4180 CSV line. */
export function csvLine(cells: (string | number | boolean | null)[]): string {
  return cells
    .map((c) => {
      const s = c === null ? '' : String(c);
      return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(',');
}

/** One CSV line: `,` (RFC 4180) or `;` for French Excel. */
export function csvLineWith(cells: (string | number | boolean | null)[], delimiter: ',' | ';'): string {
  return cells
    .map((c) => {
      const s = c === null ? '' : String(c);
      return s.includes(delimiter) || /["\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(delimiter);
}

/**
 * A CSV file as Excel in the user's language opens it as columns: in French `;` between cells, decimal
 * comma, dates JJ/MM/AAAA, a UTF-8 BOM and CRLF line ends; in English `,`, decimal point, ISO dates.
 */
export function csvDocument(rows: (string | number | boolean | null)[][], lang: 'en' | 'fr'): string {
  if (lang === 'en') return rows.map((r) => csvLine(r)).join('\n');
  return `\uFEFF${rows.map((r) => csvLineWith(r.map((c) => (typeof c === 'number' ? decimalText(c, 'fr') : c)), ';')).join('\r\n')}\r\n`;
}

/** A number with the decimal mark of `lang` (no grouping): 971.81 → "971,81" in French. */
export function decimalText(n: number, lang: 'en' | 'fr', decimals?: number): string {
  const s = decimals === undefined ? String(n) : n.toFixed(decimals);
  return lang === 'fr' ? s.replace('.', ',') : s;
}

/** A number for a table read by a person: French groups thousands with a narrow space and uses a comma. */
export function tableNumber(n: number, lang: 'en' | 'fr', decimals?: number): string {
  const s = decimals === undefined ? String(n) : n.toFixed(decimals);
  if (lang === 'en') return s;
  const [whole, frac] = s.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return frac === undefined ? grouped : `${grouped},${frac}`;
}

/** A date for a table or a CSV: ISO in English, JJ/MM/AAAA in French. */
export function dateText(iso: string, lang: 'en' | 'fr'): string {
  return lang === 'fr' ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso;
}

/** A month (its first day as ISO) in a table: 2024-02 in English, 02/2024 in French. */
export function monthText(iso: string, lang: 'en' | 'fr'): string {
  return lang === 'fr' ? `${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso.slice(0, 7);
}
