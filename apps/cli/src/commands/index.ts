/**
 * The CLI's commands, one module each, registered in this order (the order of `formapro --help`).
 * Each module exports `register(program: Command): void`. To add a command: one entry here (its name, its
 * aliases and a loader). Modules are loaded on demand: `formapro fn …` loads the fn module only, so the
 * heavy readers and writers (exceljs, csv-parse…) that validate and sample need are never loaded for it
 * (the bundle puts each command in its own chunk).
 */
import type { Command } from 'commander';

export interface CommandModule {
  register(program: Command): void;
}

export interface CommandEntry {
  name: string;
  aliases: string[];
  load: () => Promise<CommandModule>;
}

export const COMMANDS: CommandEntry[] = [
  { name: 'fn', aliases: [], load: () => import('./fn.js') },
  { name: 'functions', aliases: ['fonctions'], load: () => import('./functions.js') },
  { name: 'schedule', aliases: ['echeancier'], load: () => import('./schedule.js') },
  { name: 'validate', aliases: [], load: () => import('./validate.js') },
  { name: 'cost', aliases: ['cout'], load: () => import('./cost.js') },
  { name: 'sample', aliases: ['exemple'], load: () => import('./sample.js') },
  { name: 'law', aliases: ['loi'], load: () => import('./law.js') },
];

/** The entry a command word names (name or alias), if any. */
export const commandNamed = (word: string | undefined): CommandEntry | undefined =>
  word === undefined ? undefined : COMMANDS.find((c) => c.name === word || c.aliases.includes(word));
