/**
 * The language of every message, table and report: `--lang fr|en`, else FORMAPRO_LANG, else the locale
 * (LC_ALL, LC_MESSAGES, LANG: `fr_*` gives French), else English.
 */
export type Lang = 'en' | 'fr';

export function langOf(option: unknown): Lang {
  const env = process.env;
  const v = String(option ?? env.FORMAPRO_LANG ?? (env.LC_ALL || env.LC_MESSAGES || env.LANG || 'en')).toLowerCase();
  return v.startsWith('fr') ? 'fr' : 'en';
}

/** Picks the text of a bilingual pair. */
export const tr = (lang: Lang, en: string, fr: string): string => (lang === 'fr' ? fr : en);
