/**
 * The repository stands alone: no tracked file outside tests/ points at documents a user of the repository
 * does not have (the design notes and rule tables the project started from, a sibling `shared` folder), and
 * no user-visible text carries internal wording (an "issue brief", the "seeds" a value was read from).
 * Code comments cite decisions by their stable name, each of which docs/decisions.md explains.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allParameters } from '@formapro/core';
import { ROOT } from '../cli/run.js';

const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
  .split('\0')
  .filter((f) => f && !f.startsWith('tests/'));
const BINARY = /\.(png|xlsx|ico|jpg)$/i;
const text = (f: string) => readFileSync(join(ROOT, f), 'latin1');

describe('the repository stands alone', () => {
  it('lists what it checks: the tracked files outside tests/ include the sources, docs and examples', () => {
    expect(tracked).toEqual(expect.arrayContaining(['README.md', 'docs/decisions.md', 'packages/core/src/law/store.ts', 'examples/functions-sample.json']));
  });

  it('no tracked file outside tests/ mentions rules.md, design.md or ../shared', () => {
    const bad = tracked.filter((f) => !BINARY.test(f)).flatMap((f) => (/rules\.md|design\.md|\.\.\/shared/i.test(text(f)) ? [f] : []));
    expect(bad).toEqual([]);
  });

  it('no law source or note shown to users speaks of briefs, seeds or internal section numbers', () => {
    for (const p of allParameters())
      for (const v of p.versions)
        for (const s of [v.source, v.note ?? '']) expect(s, `${p.id} ${v.validFrom}`).not.toMatch(/brief|seeds?\b|rules\.md|§\s?\d|legi-data/i);
  });

  it('every decision a code comment cites is explained in docs/decisions.md', () => {
    const decisions = new Set([...readFileSync(join(ROOT, 'docs', 'decisions.md'), 'utf8').matchAll(/^## ([a-z0-9-]+)$/gm)].map((m) => m[1]));
    expect(decisions.size).toBeGreaterThanOrEqual(15);
    for (const name of ['minimum-rounded-up', 'general-bac-not-professional', 'adult-regime-at-start', 'feb29-birthday', 'training-floor-conflict', 'training-floor-in-total', 'rncp-level-as-professional', 'deposit-from-start'])
      expect(decisions.has(name), name).toBe(true);
    const cited = tracked
      .filter((f) => /\.(ts|tsx|mjs)$/.test(f))
      .flatMap((f) => [...text(f).matchAll(/decision[s]? ["«]\s?([a-z0-9-]+)\s?["»]/g)].map((m) => [f, m[1]] as const));
    expect(cited.length).toBeGreaterThan(10);
    for (const [file, name] of cited) expect(decisions.has(name), `${file} cites decision "${name}", absent from docs/decisions.md`).toBe(true);
  });
});
