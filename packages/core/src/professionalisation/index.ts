/** Contrat de professionnalisation (Code du travail L6325-1 to L6325-25, D6325-1 to D6325-30). */
export * from './qualification.js';
export * from './pay.js';
export * from './pay-fast.js';
export * from './duration.js';
export * from './training.js';
export * from './abroad.js';
export * from './deadlines.js';
export * from './tutor.js';
export * from './renewal.js';
export * from './eligibility.js';
export * from './benefits.js';
