/**
 * tests/MUTATION.md lists the mutants judged equivalent exactly as the sources mark them (every
 * `// Stryker disable next-line <mutators>: <why>` comment), so the list cannot drift from the code; and no
 * mark is left without its reason.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain ES module of the mutation tooling (no types)
import { blanketMarks, equivalents, ROOT, withEquivalents } from '../mutation/equivalents.mjs';

describe('equivalent mutants', () => {
  it('tests/MUTATION.md lists every source mark (regenerate: node tests/mutation/equivalents.mjs --write)', () => {
    const doc = readFileSync(join(ROOT, 'tests', 'MUTATION.md'), 'utf8');
    expect(doc).toBe(withEquivalents(doc));
  });
  it('every mark names its mutators and says why no input tells the mutant apart (ten words or so, not a label)', () => {
    for (const e of equivalents() as { file: string; code: string; mutators: string; why: string }[]) {
      expect(e.mutators, e.file).toMatch(/^(all|[A-Z]\w+(,\s*[A-Z]\w+)*)$/);
      expect(e.why.split(/\s+/).length, `${e.file}: ${e.code}`).toBeGreaterThanOrEqual(5);
    }
  });
  it('no blanket disable: only next-line marks in the mutated sources', () => {
    expect(blanketMarks()).toEqual([]);
  });
});
