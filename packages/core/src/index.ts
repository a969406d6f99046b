export * from './money.js';
export * from './dates.js';
export * from './explain.js';
export * from './errors.js';
export * from './law/index.js';
export * from './professionalisation/index.js';
export * from './finding.js';
export * from './validation/index.js';
