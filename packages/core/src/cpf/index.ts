/** Compte personnel de formation (L6323-1 and following). */
export * from './accrual.js';
