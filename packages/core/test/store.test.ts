import { describe, expect, it } from 'vitest';
import { defineParameter, inForce, versionAt, allParameters } from '../src/law/store.js';
import '../src/index.js';
import { LawError } from '../src/errors.js';

const v = (validFrom: string, validTo: string | null, value: string) => ({ validFrom, validTo, value, articles: ['X1'], source: 'test', verified: true });

describe('parameter store', () => {
  it('rejects gaps, overlaps, open versions before the last and versions without article', () => {
    expect(() => defineParameter({ id: 't.gap', description: 't', unit: 'rate', versions: [v('2020-01-01', '2021-01-01', '1'), v('2021-01-02', null, '2')] })).toThrow(/gap or overlap/);
    expect(() => defineParameter({ id: 't.open', description: 't', unit: 'rate', versions: [v('2020-01-01', null, '1'), v('2021-01-01', null, '2')] })).toThrow(/open version/);
    expect(() => defineParameter({ id: 't.noart', description: 't', unit: 'rate', versions: [{ ...v('2020-01-01', null, '1'), articles: [] }] })).toThrow(/no article/);
  });

  it('validFrom inclusive, validTo exclusive; before the first version: no-law-for-date', () => {
    const p = defineParameter({ id: 't.ok', description: 'test value', unit: 'rate', versions: [v('2020-01-01', '2021-01-01', '1'), v('2021-01-01', null, '2')] });
    expect(versionAt(p, '2020-12-31')?.value).toBe('1');
    expect(versionAt(p, '2021-01-01')?.value).toBe('2');
    expect(versionAt(p, '2019-12-31')).toBeUndefined();
    try {
      inForce(p, '2019-12-31', 'date');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(LawError);
      expect((e as LawError).kind).toBe('no-law-for-date');
      expect((e as LawError).field).toBe('date');
    }
  });

  it('every registered parameter of the law/ folder has articles, a source and dated versions', () => {
    const all = allParameters().filter((p) => !p.id.startsWith('t.'));
    expect(all.length).toBeGreaterThan(10);
    for (const p of all) {
      for (const version of p.versions) {
        expect(version.articles.length, p.id).toBeGreaterThan(0);
        expect(version.source.length, p.id).toBeGreaterThan(3);
      }
    }
  });
});
