/**
 * The CLI's commands, one module each, registered in this order (the order of `formapro --help`).
 * Each module exports `register(program: Command): void`. To add a command: one import and one entry.
 * Keep imports of heavy libraries (exceljs, csv-parse…) inside the command's action (`await import(…)`)
 * so that `formapro fn` stays fast.
 */
import type { Command } from 'commander';
import * as fn from './fn.js';
import * as functions from './functions.js';
import * as schedule from './schedule.js';
import * as sample from './sample.js';
import * as validate from './validate.js';
import * as cost from './cost.js';

export interface CommandModule {
  register(program: Command): void;
}

export const COMMANDS: CommandModule[] = [
  fn,
  functions,
  schedule,
  validate,
  cost,
  sample,
  // Other commands add one line here (validate, cost).
];
