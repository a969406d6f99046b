/** Projet de transition professionnelle (L6323-17-1 and following). */
export * from './ptp.js';
