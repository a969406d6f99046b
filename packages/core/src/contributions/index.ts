/** Training contributions (L6331-1 and following) and headcount rules (L130-1, R130-1 CSS). */
export * from './contribution.js';
