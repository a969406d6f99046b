/**
 * Values crossing the spreadsheet boundary. Platform-neutral: the Excel add-in, HyperFormula and the CLI
 * each convert these to their own forms.
 */
import type { IsoDate } from '@formapro/core';

/** What a cell (or an omitted argument) can hand to a function. Matrices arrive as rows of cells. */
export type CellValue = number | string | boolean | null | undefined | CellError | CellValue[][];

/** An error value coming in from a cell (e.g. a #DIV/0! in a referenced cell). */
export interface CellError {
  error: string;
}

/** A calendar date leaving a function: Excel gets a serial number, the CLI prints ISO. */
export class DateValue {
  constructor(readonly iso: IsoDate) {}
}

export type Scalar = number | string | boolean | DateValue;
/** A spilled result: rows of cells; `null` is an empty cell. */
export type Matrix = (Scalar | null)[][];
export type FnValue = Scalar | Matrix;

/** Codes whose message every Excel host shows (custom messages are lost on other codes on some hosts). */
export type FnErrorCode = '#VALUE!' | '#N/A';

/** The two languages every user-visible word exists in. */
export type Lang = 'en' | 'fr';

/**
 * An Excel-style error with a message naming the argument, the value and what is expected, in English
 * (`message`) and French (`fr`); adapters show `text(lang)` in the user's language.
 */
export class FnError {
  constructor(
    readonly code: FnErrorCode,
    readonly message: string,
    readonly fr: string,
  ) {}
  text(lang: Lang): string {
    return lang === 'fr' ? this.fr : this.message;
  }
  toString(): string {
    return `${this.code} ${this.message}`;
  }
}

export function isFnError(v: unknown): v is FnError {
  return v instanceof FnError;
}

export function isMatrix(v: unknown): v is unknown[][] {
  return Array.isArray(v);
}
