/**
 * One language switch everywhere: every text of the catalogue, every header of a spilled table and every law
 * parameter has its French; and French output never contains an English sentence of the catalogue (the
 * descriptions, argument help and error messages), whether it is an Excel error, a help page, a table or
 * the French documentation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allParameters, PARAMETER_FR } from '@formapro/core';
import { CATALOGUE, evaluate, FnError, HEADER_FR, typedCell, type CellValue } from '@formapro/functions';
import { bin, binWith, pnpmFormaproWith, ROOT } from '../cli/run.js';

/** English sentences of the catalogue (at least 4 words), each differing from its French. */
function englishSentences(): string[] {
  const pairs: { en: string; fr: string }[] = [];
  for (const s of CATALOGUE) {
    pairs.push(s.description);
    for (const p of s.params) pairs.push(p.description);
  }
  const out = new Set<string>();
  for (const { en, fr } of pairs)
    for (const sentence of en.split(/(?<=[.;:])\s+|\s*\(|\)\s*/))
      if (sentence.split(/\s+/).length >= 4 && /[a-z]{3}/.test(sentence) && !fr.includes(sentence)) out.add(sentence.trim());
  return [...out];
}
const ENGLISH = englishSentences();

/** Bad calls of every function: each argument in turn replaced by a value no argument accepts. */
function badCalls(): { name: string; args: CellValue[] }[] {
  const calls: { name: string; args: CellValue[] }[] = [];
  for (const s of CATALOGUE) {
    const good = (s.example?.args ?? s.params.filter((p) => !p.optional).map(() => '1')).map(typedCell);
    s.params.forEach((_, i) => {
      const args = [...good];
      while (args.length <= i) args.push(undefined);
      args[i] = 'n/a?';
      calls.push({ name: s.name, args });
    });
    calls.push({ name: s.name, args: [] });
  }
  return calls;
}

const noEnglish = (text: string, where: string) => {
  for (const e of ENGLISH) expect(text.includes(e), `${where} contains the English "${e}"`).toBe(false);
};

describe('every key has both languages', () => {
  it('functions, arguments: a French name and a French description, different from the English ones where they are sentences', () => {
    expect(ENGLISH.length).toBeGreaterThan(50);
    for (const s of CATALOGUE) {
      expect(s.fr, s.name).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(s.description.fr.length, s.name).toBeGreaterThan(10);
      expect(s.description.fr).not.toBe(s.description.en);
      for (const p of s.params) {
        expect(p.fr, `${s.name}.${p.name}`).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(p.description.fr.length, `${s.name}.${p.name}`).toBeGreaterThan(2);
      }
    }
  });

  it('every header of every spilled table has its French (Mois, Âge, Taux…), and the French table uses it', () => {
    for (const s of CATALOGUE.filter((x) => x.result.matrix && x.example)) {
      const args = s.example!.args.map(typedCell);
      const en = evaluate(s.name, args).value;
      const fr = evaluate(s.name, args, 'fr').value;
      expect(Array.isArray(en) && Array.isArray(fr), s.name).toBe(true);
      const header = (en as unknown[][])[0];
      for (const h of header) expect(HEADER_FR[String(h)], `${s.name}: header "${h}" has no French in packages/functions/src/labels.ts`).toBeDefined();
      expect((fr as unknown[][])[0]).toEqual(header.map((h) => HEADER_FR[String(h)]));
    }
  });

  it('every law parameter has a French name', () => {
    for (const p of allParameters()) expect(PARAMETER_FR[p.id], p.id).toBeDefined();
  });

  it('every error of every function exists in both languages, and the French one is not the English one', () => {
    let errors = 0;
    for (const { name, args } of badCalls()) {
      const v = evaluate(name, args).value;
      if (!(v instanceof FnError)) continue;
      errors++;
      expect(v.fr.length, `${name}(${args.join(', ')})`).toBeGreaterThan(5);
      expect(v.fr, `${name}: French message equals the English one`).not.toBe(v.message);
      noEnglish(v.fr, `${name} error`);
    }
    expect(errors).toBeGreaterThan(CATALOGUE.length);
  });
});

describe('French output has no English sentence of the catalogue', () => {
  it('PRO_VERIFIER findings and the checks not made, in French', () => {
    const v = evaluate('PRO_CHECK', ['2005-03-10', '2024-09-02', '2025-08-31', 'bac pro', 1000, 300], 'fr').value as string;
    expect(v).toMatch(/^ERREUR SALARY_BELOW_MINIMUM : Salaire de 1\u202f000,00 € inférieur au minimum/);
    expect(v).toMatch(/Non vérifié \(pas d'argument\) : /);
    expect(v).not.toMatch(/\b(ERROR|WARNING|Not checked|Salary|below)\b/);
  });

  it('`LANG=fr_FR.UTF-8 pnpm -s formapro fn PRO_MIN_SALARY 15 none` and `… --lang fr` print the French #VALUE! message', async () => {
    const [byLocale, byOption, english] = await Promise.all([
      pnpmFormaproWith({ LANG: 'fr_FR.UTF-8' }, 'fn', 'PRO_MIN_SALARY', '15', 'none'),
      pnpmFormaproWith({}, 'fn', 'PRO_MIN_SALARY', '15', 'none', '--lang', 'fr'),
      bin('fn', 'PRO_MIN_SALARY', '15', 'none'),
    ]);
    for (const r of [byLocale, byOption]) {
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe("#VALUE! age : 15 est inférieur à 16, l'âge minimum du contrat (L6325-1)\n");
    }
    expect(english.stderr).toMatch(/^#VALUE! age: 15 is below 16/);
    // LC_ALL wins over LANG, as in every POSIX program.
    const c = await binWith({ LC_ALL: 'en_US.UTF-8', LANG: 'fr_FR.UTF-8' }, 'fn', 'PRO_MIN_SALARY', '15', 'none');
    expect(c.stderr).toMatch(/^#VALUE! age: 15/);
  });

  it('the French schedule CSV opens as columns in French Excel: BOM, Mois;Âge;…, decimal comma (971,81), JJ/MM/AAAA', async () => {
    const r = await binWith({ LANG: 'fr_FR.UTF-8' }, 'schedule', '--birth-date', '2003-02-12', '--start', '2024-02-12', '--end', '2025-02-11', '--qualification', 'none', '--format', 'csv');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\r\n');
    expect(lines[0].startsWith('\uFEFFMois;Âge;Taux;SMIC;Minimum')).toBe(true);
    expect(lines[0].slice(1).split(';').every((h) => Object.values(HEADER_FR).includes(h))).toBe(true);
    expect(lines[1].startsWith('01/02/2024;21;0,55;1766,92;971,81')).toBe(true);
    expect(lines[2].startsWith('01/03/2024;21;0,7;1766,92;1236,85')).toBe(true);
    expect(lines[10].startsWith('01/11/2024;21;0,7;1801,8;1261,26')).toBe(true);
    expect(lines.slice(1).filter(Boolean).every((l) => !/\d\.\d/.test(l) && l.split(';').length === lines[0].split(';').length)).toBe(true);
    const en = await bin('schedule', '--birth-date', '2003-02-12', '--start', '2024-02-12', '--end', '2025-02-11', '--qualification', 'none', '--format', 'csv');
    expect(en.stdout.split('\n')[0].startsWith('Month,Age,Rate,SMIC,Minimum')).toBe(true);
    expect(en.stdout.split('\n')[1].startsWith('2024-02-01,21,0.55,1766.92,971.81')).toBe(true);
  });

  it('cost has --lang: French headers, French numbers, French CSV; warnings in French', async () => {
    const args = ['cost', '--birth-date', '2003-02-12', '--start', '2024-02-12', '--end', '2025-02-11', '--qualification', 'none', '--training-hours', '400'];
    const [table, csv] = await Promise.all([bin(...args, '--lang', 'fr'), bin(...args, '--format', 'csv', '--lang', 'fr')]);
    expect(table.code).toBe(0);
    const header = table.stdout.split('\n')[0];
    for (const h of ['Mois', 'Salaire', 'Charges', 'Coût employeur', 'Prise en charge OPCO', 'Aide tuteur', "Aide à l'embauche", 'Coût net']) expect(header).toContain(h);
    expect(header).not.toMatch(/Month|Salary|Employer cost|Net cost/);
    expect(table.stdout).toMatch(/^03\/2024\s.*\s1\u202f236,85\s/m);
    expect(table.stdout).toContain('Articles appliqués');
    expect(table.stderr).toMatch(/^avertissement CHARGES_NOT_GIVEN: aucun taux de charges/m);
    const [csvHeader, first] = csv.stdout.split('\r\n');
    expect(csvHeader.startsWith('\uFEFFMois;')).toBe(true);
    expect(csvHeader.slice(1).split(';').every((h) => Object.values(HEADER_FR).includes(h))).toBe(true);
    expect(first).toMatch(/^01\/02\/2024;.*;603,19;/);
    noEnglish(table.stdout + table.stderr, 'cost --lang fr');
  });

  it('help pages, the catalogue listing and the law listing in French', async () => {
    const runs = await Promise.all([bin('functions', '--lang', 'fr'), ...CATALOGUE.slice(0, 8).map((s) => bin('fn', s.name, '--help', '--lang', 'fr')), bin('law', '--lang', 'fr')]);
    for (const r of runs) {
      expect(r.code).toBe(0);
      noEnglish(r.stdout, 'French help');
    }
    expect(runs[0].stdout).toMatch(/^Contrat de professionnalisation$/m);
  });

  it('the French documentation (docs/fr/) has no English sentence of the catalogue, and each guide has a screenshot that exists', () => {
    const dir = join(ROOT, 'docs', 'fr');
    const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
    expect(files).toEqual(expect.arrayContaining(['fonctions.md', 'paie.md', 'rh.md', 'finance.md']));
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      noEnglish(text, `docs/fr/${f}`);
      if (f !== 'fonctions.md') {
        const images = [...text.matchAll(/!\[[^\]]*\]\(([^)]+\.png)\)/g)].map((m) => m[1]);
        expect(images.length, f).toBeGreaterThan(0);
        for (const img of images) expect(() => readFileSync(join(dir, img))).not.toThrow();
      }
    }
  });

  it('the README links every guide and reference, and each link resolves', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const doc of ['docs/fr/paie.md', 'docs/fr/rh.md', 'docs/fr/finance.md', 'docs/fr/fonctions.md', 'docs/functions.md', 'docs/law.md', 'docs/decisions.md']) {
      expect(readme).toContain(`(${doc})`);
      expect(() => readFileSync(join(ROOT, doc))).not.toThrow();
    }
    expect(readme).toContain('npx -y pnpm@10.34.9 install && npx -y pnpm@10.34.9 sample');
    expect(readme).toContain('npx -y pnpm@10.34.9 test');
  });
});
