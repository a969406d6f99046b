/** The "explain" block: articles applied, each with its Légifrance link, then every warning. */
import { legifranceUrl, type Warning } from '@formapro/core';
import { tr, type Lang } from './lang.js';

export function explainBlock(articles: string[], warnings: Warning[], lang: Lang): string {
  const lines: string[] = [];
  lines.push(articles.length ? tr(lang, 'Articles applied:', 'Articles appliqués :') : tr(lang, 'Articles applied: none', 'Articles appliqués : aucun'));
  const w = Math.max(0, ...articles.map((a) => a.length));
  for (const a of articles) lines.push(`  ${a.padEnd(w)}  ${legifranceUrl(a)}`);
  if (warnings.length) {
    lines.push(tr(lang, 'Warnings:', 'Avertissements :'));
    for (const x of warnings) lines.push(`  ${warningLine(x, lang)}`);
  }
  return lines.join('\n');
}

export function warningLine(x: Warning, lang: Lang): string {
  const text = lang === 'fr' ? x.message.fr : x.message.en;
  const missing = (x.articles ?? []).filter((a) => !text.includes(a));
  return `${x.code}: ${text}${missing.length ? ` (${missing.join(', ')})` : ''}`;
}

export function articlesJson(articles: string[]): { article: string; url: string }[] {
  return articles.map((a) => ({ article: a, url: legifranceUrl(a) }));
}
