/** OPCO funding (L6332-14, D6332-85 to D6332-93). */
export * from './opco.js';
