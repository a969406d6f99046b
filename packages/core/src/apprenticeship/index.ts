/** Apprentissage: minimum pay by age and year (L6222-27, D6222-26, D6222-27). */
export * from './pay.js';
