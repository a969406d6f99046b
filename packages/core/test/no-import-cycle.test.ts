/**
 * No import cycle inside packages/core: every module's relative imports (value imports and re-exports; `import
 * type` is erased at compile time) form a graph without a cycle. A cycle works only while every use stays inside
 * function bodies, and breaks silently the day one is read at load time.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });

/** The relative value imports of a module, as source paths. */
function imports(file: string): string[] {
  const src = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const out: string[] = [];
  for (const m of src.matchAll(/^\s*(import|export)\s+(type\s+)?([^'"]*?)\s*from\s*['"](\.[^'"]+)['"]/gm)) {
    if (m[2]) continue; // import type / export type: erased
    if (/^\{[^}]*\}$/.test(m[3].trim()) && m[3].replace(/[{}\s]/g, '').split(',').filter(Boolean).every((n) => n.startsWith('type '))) continue; // only `type` names
    out.push(resolve(dirname(file), m[4].replace(/\.js$/, '.ts')));
  }
  for (const m of src.matchAll(/^\s*import\s+['"](\.[^'"]+)['"]/gm)) out.push(resolve(dirname(file), m[1].replace(/\.js$/, '.ts')));
  return out;
}

function cycles(): string[][] {
  const graph = new Map(files(SRC).map((f) => [f, imports(f)]));
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const g of graph.get(f) ?? []) {
      if (state.get(g) === 'open') found.push([...stack.slice(stack.indexOf(g)), g].map((x) => relative(SRC, x)));
      else if (!state.has(g)) visit(g);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of graph.keys()) if (!state.has(f)) visit(f);
  return found;
}

describe('packages/core module graph', () => {
  it('has no import cycle', () => {
    expect(cycles()).toEqual([]);
  });
  it('the scan sees the imports (pay.ts imports pay-law.ts and pay-fast.ts; pay-fast.ts imports pay-law.ts, not pay.ts)', () => {
    const rel = (f: string) => imports(join(SRC, f)).map((x) => relative(SRC, x));
    expect(rel('professionalisation/pay.ts')).toEqual(expect.arrayContaining(['professionalisation/pay-law.ts', 'professionalisation/pay-fast.ts']));
    expect(rel('professionalisation/pay-fast.ts')).toContain('professionalisation/pay-law.ts');
    expect(rel('professionalisation/pay-fast.ts')).not.toContain('professionalisation/pay.ts');
  });
});
