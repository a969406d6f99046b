/** Individual training contracts (L6353-3 to L6353-7). */
export * from './contract.js';
