/**
 * The law store as a reader sees it: every parameter with its id, its name in English and French, its
 * unit, its versions (from, to, value), the articles with their Légifrance links, the public source each
 * value rests on and whether it was checked against the official text. `formapro law` prints it as a
 * table, JSON or Markdown; docs/law.md is the Markdown (`pnpm -s formapro law --format md > docs/law.md`),
 * kept fresh by a test.
 */
import { allParameters, legifranceUrl, parameterName, versionAt, type IsoDate, type ParameterVersion } from '@formapro/core';
import { tr, type Lang } from './lang.js';

export type LawFormat = 'table' | 'json' | 'md';

export interface LawVersionJson {
  from: IsoDate;
  /** Exclusive: the first day the version no longer applies; null while in force. */
  to: IsoDate | null;
  value: unknown;
  articles: { article: string; url: string }[];
  source: string;
  verified: boolean;
  note?: string;
}

export interface LawParameterJson {
  id: string;
  description: { en: string; fr: string };
  unit: string;
  knownThrough?: IsoDate;
  versions: LawVersionJson[];
}

const TOPICS: [string, { en: string; fr: string }][] = [
  ['smic', { en: 'SMIC', fr: 'SMIC' }],
  ['working_time', { en: 'Working time', fr: 'Durée du travail' }],
  ['pro', { en: 'Contrat de professionnalisation', fr: 'Contrat de professionnalisation' }],
  ['apprenticeship', { en: 'Apprenticeship', fr: 'Apprentissage' }],
  ['funding', { en: 'OPCO funding', fr: 'Prise en charge OPCO' }],
  ['cpf', { en: 'CPF', fr: 'CPF' }],
  ['ptp', { en: 'Projet de transition professionnelle', fr: 'Projet de transition professionnelle' }],
  ['pss', { en: 'Plafond de la sécurité sociale', fr: 'Plafond de la sécurité sociale' }],
  ['contributions', { en: 'Training contributions', fr: 'Contributions à la formation' }],
  ['headcount', { en: 'Headcount', fr: 'Effectif' }],
  ['individual', { en: 'Individual training contracts', fr: 'Contrats individuels de formation' }],
];
const topicOf = (id: string) => id.split('.')[0];

function versionJson(v: ParameterVersion<unknown>): LawVersionJson {
  return {
    from: v.validFrom,
    to: v.validTo,
    value: v.value,
    articles: v.articles.map((a) => ({ article: a, url: legifranceUrl(a) })),
    source: v.source,
    verified: v.verified,
    ...(v.note ? { note: v.note } : {}),
  };
}

/** Every parameter (or, with `date`, those in force that day with that day's version only). */
export function lawParameters(date?: IsoDate): LawParameterJson[] {
  const out: LawParameterJson[] = [];
  for (const p of allParameters()) {
    const versions = date ? [versionAt(p, date)].filter((v): v is ParameterVersion<unknown> => v !== undefined) : p.versions;
    if (!versions.length) continue;
    out.push({
      id: p.id,
      description: { en: p.description, fr: parameterName(p, 'fr') },
      unit: p.unit,
      ...(p.knownThrough ? { knownThrough: p.knownThrough } : {}),
      versions: versions.map(versionJson),
    });
  }
  return out;
}

/** A value as a line of text: decimal strings as they are, objects as `key value; …`, null as none. */
export function valueText(v: unknown, lang: Lang): string {
  if (v === null || v === undefined) return tr(lang, 'none', 'aucune');
  if (typeof v === 'string') return /^-?\d+(\.\d+)?$/.test(v) && lang === 'fr' ? v.replace('.', ',') : v;
  if (typeof v === 'number') return lang === 'fr' ? String(v).replace('.', ',') : String(v);
  if (typeof v === 'boolean') return lang === 'fr' ? (v ? 'oui' : 'non') : v ? 'yes' : 'no';
  if (Array.isArray(v)) return v.map((x) => valueText(x, lang)).join(', ');
  return Object.entries(v as Record<string, unknown>)
    .map(([k, x]) => `${k} ${typeof x === 'object' && x !== null ? `(${valueText(x, lang)})` : valueText(x, lang)}`)
    .join('; ');
}

const day = (d: IsoDate | null, lang: Lang) => (d === null ? '' : lang === 'fr' ? `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}` : d);
const verifiedText = (v: boolean, lang: Lang) => (v ? tr(lang, 'yes', 'oui') : tr(lang, 'NO (not checked against the official text)', 'NON (non vérifiée sur le texte officiel)'));

/** The plain-text listing: one block per parameter, one line per version. */
export function lawTable(params: LawParameterJson[], lang: Lang): string {
  const lines: string[] = [];
  for (const p of params) {
    lines.push(`${p.id}  ${p.description[lang]} [${p.unit}]${p.knownThrough ? tr(lang, ` (known through ${p.knownThrough})`, ` (connu jusqu'au ${day(p.knownThrough, lang)})`) : ''}`);
    for (const v of p.versions) {
      const span = `${day(v.from, lang)} → ${v.to ? day(v.to, lang) : '…'}`;
      lines.push(`  ${span}  ${valueText(v.value, lang)}`);
      lines.push(`    ${tr(lang, 'articles', 'articles')}: ${v.articles.map((a) => a.article).join(', ')}`);
      lines.push(`    ${tr(lang, 'source', 'source')}: ${v.source}${v.verified ? '' : `  — ${verifiedText(false, lang)}`}`);
    }
    lines.push('');
  }
  lines.push(tr(lang, `${params.length} parameters. Article links: formapro law --format json (or docs/law.md).`, `${params.length} paramètres. Liens Légifrance : formapro law --format json (ou docs/law.md).`));
  return lines.join('\n');
}

const md = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The Markdown reference (docs/law.md): both languages' names, every version, article links. */
export function lawMarkdown(params: LawParameterJson[]): string {
  const out: string[] = [
    '# The law store — référence des paramètres',
    '',
    '<!-- Generated by `pnpm -s formapro law --format md > docs/law.md`; a test regenerates it and fails when it is stale. Do not edit by hand. -->',
    '',
    'Every legal number FormaPro uses, as held in `packages/core/src/law/`: one parameter per number or rule, each',
    'with its versions in time (**from** inclusive, **to** exclusive: the first day it no longer applies; empty while',
    'in force), the articles of the Code du travail (or of the Code de la sécurité sociale, "CSS") with their',
    'Légifrance links, the public text each value rests on, and whether that value was checked against the official',
    'text. A value marked **not checked** carries an `UNVERIFIED` warning wherever it is used.',
    '',
    'Chaque nombre légal utilisé par FormaPro : ses versions dans le temps (**du** inclus, **au** exclu), ses articles avec',
    'leur lien Légifrance, le texte public sur lequel il repose, et s’il a été vérifié sur le texte officiel (sinon,',
    'chaque résultat qui l’utilise porte l’avertissement `UNVERIFIED`). Les choix d’interprétation sont dans',
    '[decisions.md](decisions.md).',
    '',
    `${params.length} parameters / paramètres.`,
    '',
  ];
  const known = new Set(TOPICS.map(([t]) => t));
  const groups: [string, { en: string; fr: string }][] = [...TOPICS];
  for (const p of params) if (!known.has(topicOf(p.id))) (known.add(topicOf(p.id)), groups.push([topicOf(p.id), { en: topicOf(p.id), fr: topicOf(p.id) }]));
  for (const [topic, title] of groups) {
    const inTopic = params.filter((p) => topicOf(p.id) === topic);
    if (!inTopic.length) continue;
    out.push(`## ${title.en === title.fr ? title.en : `${title.en} — ${title.fr}`}`, '');
    for (const p of inTopic) {
      out.push(`### \`${p.id}\``, '', `${p.description.en} — *${p.description.fr}*. Unit / unité : \`${p.unit}\`.${p.knownThrough ? ` Known through / connu jusqu'au ${p.knownThrough}: a later date gets the last value and a \`BEYOND_KNOWN_LAW\` warning.` : ''}`, '');
      const articles = [...new Map(p.versions.flatMap((v) => v.articles).map((a) => [a.article, a])).values()];
      out.push(`Articles: ${articles.map((a) => (/^[LRD]\d/.test(a.article) ? `[${a.article}](${a.url})` : a.article)).join(', ')}`, '');
      out.push('| from | to | value | articles | source | checked |', '| --- | --- | --- | --- | --- | --- |');
      for (const v of p.versions)
        out.push(`| ${v.from} | ${v.to ?? ''} | ${md(valueText(v.value, 'en'))} | ${v.articles.map((a) => a.article).join(', ')} | ${md(v.source)} | ${v.verified ? 'yes' : '**not checked**'} |`);
      const notes = p.versions.filter((v) => v.note);
      if (notes.length) out.push('', ...notes.map((v) => `Note (${v.from}): ${md(v.note!)}`));
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** The whole output of `formapro law`. */
export function renderLaw(format: LawFormat, lang: Lang, date?: IsoDate): string {
  const params = lawParameters(date);
  if (format === 'json') return JSON.stringify({ ...(date ? { date } : {}), parameters: params }, null, 2);
  if (format === 'md') return lawMarkdown(params);
  return lawTable(params, lang);
}

