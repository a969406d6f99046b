/**
 * Help generated from the catalogue specs (never a hand-written list): one line per function, and the
 * page of one function with its arguments, choices and worked example.
 */
import { CATALOGUE, findFunction, type FunctionSpec, type ParamSpec } from '@formapro/functions';
import { alignTable, wrap } from './io.js';
import { tr, type Lang } from './lang.js';
import { topicName } from './topics.js';

const WIDTH = Math.min(Math.max(process.stdout.columns ?? 100, 60), 110);

function paramLabel(p: ParamSpec, lang: Lang): string {
  const name = lang === 'fr' ? p.fr : p.name;
  return p.optional ? `[${name}]` : name;
}

/** `FR.PRO_MIN_SALARY(age, qualification, [smic], …)` (French: `FR.PRO_SALAIRE_MIN(age; diplome; …)`). */
export function signature(spec: FunctionSpec, lang: Lang = 'en'): string {
  const name = lang === 'fr' ? spec.fr : spec.name;
  return `FR.${name}(${spec.params.map((p) => paramLabel(p, lang)).join(lang === 'fr' ? '; ' : ', ')})`;
}

function firstSentence(text: string): string {
  const m = /^(.*?[.!?])(\s|$)/.exec(text);
  return m ? m[1] : text;
}

/** One line per catalogue function, grouped by topic. */
export function catalogueListing(lang: Lang = 'en', topic?: string): string {
  const specs = CATALOGUE.filter((s) => !topic || s.topic.toLowerCase() === topic.toLowerCase());
  const topics = [...new Set(specs.map((s) => s.topic))];
  const blocks: string[] = [];
  for (const t of topics) {
    const rows = specs
      .filter((s) => s.topic === t)
      .map((s) => [`  ${lang === 'fr' ? s.fr : s.name}`, firstSentence(lang === 'fr' ? s.description.fr : s.description.en)]);
    const nameWidth = Math.max(...rows.map((r) => r[0].length));
    blocks.push(`${topicName(t, lang)}\n${rows.map(([n, d]) => `${n.padEnd(nameWidth)}  ${wrap(d, WIDTH - nameWidth - 2, ' '.repeat(nameWidth + 2))}`).join('\n')}`);
  }
  const count = tr(lang, `${specs.length} functions`, `${specs.length} fonctions`);
  const hint = tr(
    lang,
    'Details of one function: formapro fn NAME --help   ·   Evaluate: formapro fn NAME ARGS…',
    "Détail d'une fonction : formapro fn NOM --help   ·   Calcul : formapro fn NOM ARGUMENTS…",
  );
  return `${blocks.join('\n\n')}\n\n${count}. ${hint}`;
}

/** Shell form of an example argument ("bac pro" quoted, "" kept visible). */
function shellWord(a: string): string {
  return a === '' || /[\s"'$`\\;&|<>()*?!#]/.test(a) ? JSON.stringify(a) : a;
}

/** Excel form of an example argument: numbers and booleans bare (French decimal comma in French), text quoted. */
function excelWord(a: string, lang: Lang): string {
  if (a === '') return '';
  if (/^[+-]?\d+(\.\d+)?$/.test(a)) return lang === 'fr' ? a.replace('.', ',') : a;
  const up = a.toUpperCase();
  if (up === 'TRUE' || up === 'VRAI') return lang === 'fr' ? 'VRAI' : 'TRUE';
  if (up === 'FALSE' || up === 'FAUX') return lang === 'fr' ? 'FAUX' : 'FALSE';
  return JSON.stringify(a);
}

/** The help page of one function. */
export function functionHelp(spec: FunctionSpec, lang: Lang = 'en'): string {
  const lines: string[] = [];
  lines.push(signature(spec, lang));
  const other = lang === 'fr' ? 'en' : 'fr';
  lines.push(tr(lang, `French Excel: ${signature(spec, 'fr')}`, `Excel en anglais : ${signature(spec, other)}`));
  lines.push(tr(lang, `Topic: ${topicName(spec.topic, lang)}`, `Thème : ${topicName(spec.topic, lang)}`));
  lines.push('');
  lines.push(wrap(lang === 'fr' ? spec.description.fr : spec.description.en, WIDTH));
  lines.push('');
  lines.push(tr(lang, 'Arguments:', 'Arguments :'));
  const rows = spec.params.map((p) => {
    let d = lang === 'fr' ? p.description.fr : p.description.en;
    if (p.optional) d = `${tr(lang, 'optional', 'facultatif')} · ${d}`;
    if (p.choices?.length) d += ` (${tr(lang, 'codes:', 'codes :')} ${p.choices.join(', ')})`;
    return [`  ${paramLabel(p, lang)}`, d];
  });
  const w = Math.max(...rows.map((r) => r[0].length), 4);
  for (const [n, d] of rows) lines.push(`${n.padEnd(w)}  ${wrap(d, WIDTH - w - 2, ' '.repeat(w + 2))}`);
  const resultKind = spec.result.matrix ? tr(lang, 'a table that spills (tab-separated lines in the shell)', 'un tableau qui se déverse (lignes séparées par des tabulations dans le terminal)') : spec.result.type;
  lines.push('');
  lines.push(tr(lang, `Returns: ${resultKind}${spec.volatile ? ' (recalculated at each recalculation: depends on today)' : ''}`, `Renvoie : ${resultKind}${spec.volatile ? " (recalculé à chaque recalcul : dépend de la date du jour)" : ''}`));
  if (spec.example) {
    const { args, result } = spec.example;
    lines.push('');
    lines.push(tr(lang, 'Example:', 'Exemple :'));
    lines.push(`  formapro fn ${spec.name} ${args.map(shellWord).join(' ')}`.trimEnd());
    lines.push(`  → ${result}`);
    const sep = lang === 'fr' ? '; ' : ', ';
    lines.push(`  Excel: =FR.${lang === 'fr' ? spec.fr : spec.name}(${args.map((a) => excelWord(a, lang)).join(sep)})`);
  }
  lines.push('');
  lines.push(wrap(
    tr(
      lang,
      'Errors: #VALUE! when an argument cannot be used (the message names it), #N/A when the law gives no answer for that date. Add --explain for the articles applied.',
      "Erreurs : #VALEUR! quand un argument est inutilisable (le message le nomme), #N/A quand la loi ne donne pas de réponse à cette date. Ajoutez --explain pour les articles appliqués.",
    ),
    WIDTH,
  ));
  return lines.join('\n');
}

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

/** Catalogue names close to an unknown one (edit distance, shared words), best first. */
export function closeNames(name: string, max = 5): string[] {
  const key = name.trim().toUpperCase().replace(/^FR\./, '').replace(/[\s-]+/g, '_');
  const words = key.split('_').filter((w) => w.length >= 3);
  const scored: [string, number][] = [];
  for (const s of CATALOGUE) {
    for (const n of new Set([s.name, s.fr])) {
      const dist = distance(key, n);
      const shared = words.filter((w) => n.includes(w)).length;
      const score = dist - 3 * shared;
      if (dist <= Math.max(2, Math.floor(n.length / 3)) || shared > 0) scored.push([n, score]);
    }
  }
  scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  return [...new Set(scored.map(([n]) => n))].slice(0, max);
}

export { findFunction, alignTable };
