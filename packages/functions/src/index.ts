export * from './values.js';
export * from './spec.js';
export * from './coerce.js';
export * from './evaluate.js';
export { CATALOGUE, findFunction } from './catalogue/index.js';
export * from './format.js';
export { HEADER_FR, headerLabel } from './labels.js';
export { registerFormaProFunctions, resizeFormaProSpills, hyperFormulaNames, setFormaProLanguage, type HyperFormulaEngineLike } from './adapters/hyperformula.js';
