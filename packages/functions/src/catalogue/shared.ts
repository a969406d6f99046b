/** Small helpers the catalogue files share. */

/** A decimal amount (big.js) as the spreadsheet number it is shown as, to the cent. */
export const toCents = (d: { toFixed(n: number): string }): number => Number(d.toFixed(2));
