/** The language of help texts and labels: `--lang fr|en`, else FORMAPRO_LANG, else English. */
export type Lang = 'en' | 'fr';

export function langOf(option: unknown): Lang {
  const v = String(option ?? process.env.FORMAPRO_LANG ?? 'en').toLowerCase();
  return v.startsWith('fr') ? 'fr' : 'en';
}

/** Picks the text of a bilingual pair. */
export const tr = (lang: Lang, en: string, fr: string): string => (lang === 'fr' ? fr : en);
