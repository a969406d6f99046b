/**
 * The help of every command follows the language (`--lang fr`, or a French locale): headings, command
 * summaries, option and argument descriptions, "(choix : …, par défaut : …)" and the text after the options.
 * No English description of the English help reappears in the French one.
 */
import { describe, expect, it } from 'vitest';
import { binWith, formapro } from './run.js';

const COMMANDS = ['fn', 'functions', 'schedule', 'validate', 'cost', 'sample', 'law'];

/** The descriptions of the Options/Arguments listings: the text after the flags, joined across wrapped lines. */
function descriptions(help: string): string[] {
  const out: string[] = [];
  let inList = false;
  for (const line of help.split('\n')) {
    if (/^(Options|Arguments|Commands|Commandes) ?:$/.test(line)) {
      inList = true;
      continue;
    }
    if (!inList) continue;
    if (line.trim() === '') {
      inList = false;
      continue;
    }
    const m = /^ {2}(\S.*?) {2,}(\S.*)$/.exec(line);
    if (m) out.push(m[2]);
    else if (/^ {20,}\S/.test(line) && out.length) out[out.length - 1] += ` ${line.trim()}`;
  }
  return out;
}

describe.concurrent('help in the user language', () => {
  it('formapro --help --lang fr: French headings, summaries and text; a French locale gives French help; an English one, English', async () => {
    const fr = await formapro('--help', '--lang', 'fr');
    expect(fr.stdout).toMatch(/^Utilisation : formapro/);
    expect(fr.stdout).toContain('Commandes :');
    expect(fr.stdout).toContain('vérifier une feuille de contrats');
    expect(fr.stdout).toContain('afficher l’aide de la commande');
    expect(fr.stdout).not.toMatch(/Usage:|display help for command|Commands:/);
    const en = await formapro('--help');
    expect(en.stdout).toMatch(/^Usage: formapro/);
    const locale = await binWith({ LANG: 'fr_FR.UTF-8' }, 'validate', '--help');
    expect(locale.stdout).toMatch(/^Utilisation : formapro validate/);
  });

  for (const command of COMMANDS)
    it(`formapro ${command} --help --lang fr: every description is French, none is the English one`, async () => {
      const [fr, en] = await Promise.all([formapro(command, '--help', '--lang', 'fr'), formapro(command, '--help', '--lang', 'en')]);
      expect(fr.stdout).toMatch(/^Utilisation : formapro/);
      expect(fr.stdout).not.toMatch(/\bUsage:|\bOptions:|\(choices:|default: |display help/);
      const english = new Set(descriptions(en.stdout));
      const french = descriptions(fr.stdout);
      expect(french.length).toBeGreaterThan(1);
      for (const d of french) expect(english.has(d), `${command}: "${d}"`).toBe(false);
      expect(fr.stdout).toMatch(/Exemples? :/);
    });
});
