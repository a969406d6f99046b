/**
 * Every finding code the validation engine can emit appears in at least one test that asserts it: the codes are
 * read from the sources of packages/core/src/validation (out.add('CODE', …), code: 'CODE', and both sides of a
 * conditional code), then searched as a quoted literal on a line of a test file that asserts (expect…, toEqual…)
 * or inside a test's expected list. A new finding without a test fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SRC = join(ROOT, 'packages', 'core', 'src', 'validation');

function files(dir: string, keep: (f: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name.startsWith('.')) return [];
    const f = join(dir, name);
    return statSync(f).isDirectory() ? files(f, keep) : keep(f) ? [f] : [];
  });
}

/** Codes in the engine's sources: the first argument of add(), code: '…', and 'A' : 'B' around a code. */
function engineCodes(): Set<string> {
  const codes = new Set<string>();
  for (const f of files(SRC, (x) => x.endsWith('.ts'))) {
    const src = readFileSync(f, 'utf8');
    for (const m of src.matchAll(/\badd\(\s*(?:'([A-Z][A-Z0-9_]+)'|([^,]*?\?\s*'([A-Z][A-Z0-9_]+)'\s*:\s*'([A-Z][A-Z0-9_]+)'))/g)) for (const c of [m[1], m[3], m[4]]) if (c) codes.add(c);
    for (const m of src.matchAll(/\bcode:\s*'([A-Z][A-Z0-9_]+)'/g)) codes.add(m[1]);
  }
  return codes;
}

/** Test sources of the whole repository (unit, golden, CLI, add-in, e2e). */
const TESTS = [join(ROOT, 'packages'), join(ROOT, 'apps'), join(ROOT, 'tests')].flatMap((d) => files(d, (f) => /\.test\.tsx?$/.test(f) && !f.endsWith('finding-codes-tested.test.ts')));

/** Lines that assert: an expect(), a matcher, or an expected list of codes in a test table. */
function asserted(code: string): string[] {
  const quoted = new RegExp(`['"\`]${code}['"\`]`);
  const hits: string[] = [];
  for (const f of TESTS) {
    const lines = readFileSync(f, 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!quoted.test(line)) return;
      const around = lines.slice(Math.max(0, i - 2), i + 3).join('\n');
      if (/\bexpect\(|\.to(?:Equal|Be|Contain|Match|StrictEqual)\(/.test(around)) hits.push(`${f}:${i + 1}`);
    });
  }
  return hits;
}

describe('every finding code of the validation engine is asserted by a test', () => {
  const codes = [...engineCodes()].sort();
  it('the engine has codes to check (the scan reads the sources)', () => {
    expect(codes).toContain('SALARY_BELOW_MINIMUM');
    expect(codes).toContain('RENEWAL_GROUND_NOT_STATED'); // one side of a conditional code
    expect(codes).toContain('CHECK_NOT_MADE'); // a code: '…' object
    expect(codes.length).toBeGreaterThan(30);
  });
  for (const code of codes) it(code, () => expect(asserted(code), `no test asserts ${code}`).not.toEqual([]));
});
