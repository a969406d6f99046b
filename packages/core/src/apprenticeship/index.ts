/** Apprentissage: minimum pay by age and year, and its special cases (L6222-27, D6222-26 to D6222-32). */
export * from './pay.js';
