/** Small helpers the catalogue files share. */

/** A decimal amount (big.js) as the spreadsheet number it is shown as, to the cent. */
export const toCents = (d: { toFixed(n: number): string }): number => Number(d.toFixed(2));

/**
 * The optional last argument `date` of a function whose law is read as in force on a date:
 * omitted, today. A date before the earliest version the law store holds is #N/A.
 */
export const LAW_DATE = {
  name: 'date',
  fr: 'date',
  type: 'any' as const,
  optional: true,
  description: { en: 'Date whose law applies (default today)', fr: "Date dont la loi s'applique (par défaut aujourd'hui)" },
};
