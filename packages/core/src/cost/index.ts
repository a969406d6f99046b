/** Cost of a contrat de professionnalisation over its life (salary, charges, OPCO funding, aids). */
export * from './schedule.js';
export * from './apprenticeship.js';
