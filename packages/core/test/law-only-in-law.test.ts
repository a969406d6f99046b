/**
 * "Every value in core that comes from the law is found in law/ with its article, and nowhere else":
 * no rate or amount literal (a decimal number, or a decimal in quotes) in core outside law/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const stripComments = (s: string) => s.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

describe('law as data', () => {
  it('no decimal rate or amount literal in core outside law/', () => {
    const offenders: string[] = [];
    for (const f of files(SRC)) {
      const rel = relative(SRC, f);
      if (rel.startsWith('law')) continue;
      stripComments(readFileSync(f, 'utf8'))
        .split('\n')
        .forEach((line, i) => {
          // strings in messages may quote figures; code literals may not
          const code = line.replace(/`[^`]*`|'[^']*'|"[^"]*"/g, (m) => (/^['"]\d+\.\d+['"]$/.test(m) ? m : '""'));
          if (/(?<![\w.])\d+\.\d+(?![\w.])/.test(code)) offenders.push(`${rel}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });
});
