/**
 * The generated documentation is the code's own output, never a copy that drifts: docs/law.md is
 * `formapro law --format md`, docs/functions.md and docs/fr/fonctions.md are `formapro functions --format md`
 * (English, French). Each is regenerated here and compared; `formapro law --format json` lists every
 * parameter of the store, and every French function name appears in the French documentation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allParameters, PARAMETER_FR } from '@formapro/core';
import { CATALOGUE } from '@formapro/functions';
import { renderLaw } from '../../apps/cli/src/law.js';
import { functionsMarkdown } from '../../apps/cli/src/functions-doc.js';
import { bin, pnpmFormapro, ROOT } from '../cli/run.js';

const doc = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const STALE = (cmd: string) => `stale: regenerate it with \`${cmd}\``;

describe('generated docs are fresh', () => {
  it('docs/law.md is exactly `formapro law --format md`', () => {
    expect(doc('docs/law.md'), STALE('pnpm -s formapro law --format md > docs/law.md')).toBe(renderLaw('md', 'en'));
  });
  it('docs/functions.md is exactly `formapro functions --format md --lang en`', () => {
    expect(doc('docs/functions.md'), STALE('pnpm -s formapro functions --format md --lang en > docs/functions.md')).toBe(functionsMarkdown('en'));
  });
  it('docs/fr/fonctions.md is exactly `formapro functions --format md --lang fr`', () => {
    expect(doc('docs/fr/fonctions.md'), STALE('pnpm -s formapro functions --format md --lang fr > docs/fr/fonctions.md')).toBe(functionsMarkdown('fr'));
  });
  it('the installed command prints the same Markdown as the files hold', async () => {
    const r = await bin('law', '--format', 'md');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(doc('docs/law.md'));
  });
});

describe('formapro law', () => {
  it('`pnpm -s formapro law --format json` lists every parameter of the store with every version, article link, source and flag; every id is in docs/law.md', async () => {
    const r = await pnpmFormapro('law', '--format', 'json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { parameters: { id: string; description: { en: string; fr: string }; unit: string; versions: { from: string; to: string | null; articles: { article: string; url: string }[]; source: string; verified: boolean }[] }[] };
    const store = allParameters();
    expect(json.parameters.map((p) => p.id)).toEqual(store.map((p) => p.id));
    const law = doc('docs/law.md');
    for (const p of json.parameters) {
      const held = store.find((s) => s.id === p.id)!;
      expect(p.versions.map((v) => [v.from, v.to])).toEqual(held.versions.map((v) => [v.validFrom, v.validTo]));
      expect(PARAMETER_FR[p.id], `${p.id} has no French name in packages/core/src/law/french.ts`).toBeDefined();
      expect(p.description.fr).toBe(PARAMETER_FR[p.id]);
      for (const v of p.versions) {
        expect(v.source.length).toBeGreaterThan(3);
        for (const a of v.articles) expect(a.url).toMatch(/^https:\/\/www\.legifrance\.gouv\.fr\//);
      }
      expect(law).toContain(`### \`${p.id}\``);
    }
  });

  it('--date keeps the version in force that day only: SMIC 11.65 on 2024-03-15, 11.88 on 2024-11-01; a parameter not yet in force is left out', async () => {
    const [march, november, early] = await Promise.all([bin('law', '--format', 'json', '--date', '2024-03-15'), bin('law', '--format', 'json', '--date', '2024-11-01'), bin('law', '--format', 'json', '--date', '2010-01-01')]);
    const smic = (out: string) => (JSON.parse(out).parameters as { id: string; versions: { value: string }[] }[]).find((p) => p.id === 'smic.hourly');
    expect(smic(march.stdout)!.versions.map((v) => v.value)).toEqual(['11.65']);
    expect(smic(november.stdout)!.versions.map((v) => v.value)).toEqual(['11.88']);
    expect(smic(early.stdout)).toBeUndefined();
    expect(JSON.parse(early.stdout).parameters.length).toBeGreaterThan(0);
  });

  it('the table in French: French names, French dates and decimal comma, unverified values said so in French', async () => {
    const r = await bin('law', '--lang', 'fr', '--date', '2024-03-15');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('taux horaire brut du SMIC');
    expect(r.stdout).toContain('01/01/2024 → 01/11/2024  11,65');
    expect(r.stdout).toContain('NON (non vérifiée sur le texte officiel)');
    expect(r.stdout).not.toMatch(/SMIC hourly gross rate|not checked against/);
  });

  it('a --date that is not a date is a usage error (exit 2), in the language asked', async () => {
    const r = await bin('law', '--date', 'demain', '--lang', 'fr');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/n'est pas une date/);
  });
});

describe('French documentation', () => {
  it('every French function name appears in docs/fr/, and every English name in docs/functions.md', () => {
    const fr = readdirSync(join(ROOT, 'docs', 'fr')).filter((f) => f.endsWith('.md')).map((f) => doc(`docs/fr/${f}`)).join('\n');
    const en = doc('docs/functions.md');
    for (const s of CATALOGUE) {
      expect(fr, `${s.fr} missing from docs/fr/`).toContain(s.fr);
      expect(en).toContain(`### ${s.name}`);
    }
  });
});
