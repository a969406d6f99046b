/** Law as data: every parameter file registers itself in the store on import. */
export * from './store.js';
export * from './french.js';
export * from './smic.js';
export * from './params/smic.js';
export * from './params/professionalisation.js';
export * from './params/working-time.js';
export * from './params/apprenticeship.js';
export * from './params/apprenticeship-aids.js';
export * from './params/funding.js';
export * from './params/cpf.js';
export * from './params/transition.js';
export * from './params/pss.js';
export * from './params/contributions.js';
export * from './params/individual.js';
