import type { Command } from 'commander';

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

/**
 * The language of the help pages, known before any command runs: `--lang X` or `--lang=X` anywhere on the
 * command line, else as langOf.
 */
export function helpLang(argv: readonly string[] = process.argv): Lang {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang' && argv[i + 1] !== undefined) return langOf(argv[i + 1]);
    if (argv[i].startsWith('--lang=')) return langOf(argv[i].slice(7));
  }
  return langOf(undefined);
}

/** Commander's own words in French: headings, the help and version options. */
export const HELP_TITLES_FR: Record<string, string> = {
  'Usage:': 'Utilisation :',
  'Options:': 'Options :',
  'Commands:': 'Commandes :',
  'Arguments:': 'Arguments :',
  'Global Options:': 'Options générales :',
};

/** The French words of a command whose English is written inline: its texts, its options by long flag, its arguments by name. */
export interface FrenchCommandText {
  summary: string;
  description: string;
  help: string;
  options: Record<string, string>;
  args?: Record<string, string>;
}

/** Puts a command's help in French when the help language is French (the English stays the source). */
export function localise(cmd: Command, lang: Lang, fr: FrenchCommandText): Command {
  if (lang !== 'fr') return cmd;
  cmd.summary(fr.summary).description(fr.description);
  for (const o of cmd.options) if (o.long && fr.options[o.long]) o.description = fr.options[o.long];
  for (const a of cmd.registeredArguments) if (fr.args?.[a.name()]) a.description = fr.args[a.name()];
  (cmd as unknown as NodeJS.EventEmitter).removeAllListeners('afterHelp'); // the English text added inline
  return cmd.addHelpText('after', fr.help);
}
