/** Shared by the function tests. */
import { QUALIFICATION_CODES } from '@formapro/core';
export * from '../src/index.js';
export const QUALIFICATION_CODES_FOR_TESTS: string[] = [...QUALIFICATION_CODES];
