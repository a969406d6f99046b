/** Writes src/functions/generated.ts (the JSDoc-annotated wrappers) from the catalogue. Idempotent. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CATALOGUE } from '@formapro/functions';
import { baseUrl, wrapperSource } from './lib/catalogue-meta';
import { GENERATED } from './lib/paths';

export function generate(): boolean {
  const source = wrapperSource(CATALOGUE, baseUrl());
  if (existsSync(GENERATED) && readFileSync(GENERATED, 'utf8') === source) return false;
  writeFileSync(GENERATED, source);
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) generate();
