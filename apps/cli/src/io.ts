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
