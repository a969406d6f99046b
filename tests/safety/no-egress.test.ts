/**
 * Safety: the shipped add-in makes no network request besides loading Office.js (no fetch, XMLHttpRequest,
 * WebSocket, sendBeacon, EventSource, importScripts in its bundles), its pages declare a
 * Content-Security-Policy saying so, and nothing that ships depends on a GPL package or on xlsx (CVEs).
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'apps', 'excel-addin', 'dist');

beforeAll(() => {
  if (!existsSync(join(DIST, 'taskpane.js'))) execSync('pnpm --filter @formapro/excel-addin build', { cwd: ROOT, stdio: 'inherit' });
}, 180_000);

describe('no egress from what ships', () => {
  it('the functions and task pane bundles call no network API', () => {
    for (const file of ['functions.js', 'taskpane.js']) {
      const code = readFileSync(join(DIST, file), 'utf8');
      for (const api of [/\bfetch\s*\(/, /XMLHttpRequest/, /new\s+WebSocket/, /sendBeacon/, /EventSource/, /importScripts/]) expect(api.test(code), `${file}: ${api}`).toBe(false);
    }
  });

  it('the shipped pages carry a Content-Security-Policy allowing scripts only from self and the Office.js CDN, and no connections', () => {
    for (const page of ['taskpane.html']) {
      const html = readFileSync(join(DIST, page), 'utf8');
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
      expect(csp, page).toBeDefined();
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com/);
      expect(csp).toMatch(/connect-src 'self'/);
    }
  });
});

describe('dependencies of what ships', () => {
  const prod = (pkg: string): Record<string, { name: string }[]> => {
    const out = execSync(`pnpm licenses list --prod --json --filter ${pkg}`, { cwd: ROOT, encoding: 'utf8' }).trim();
    return out.startsWith('{') ? JSON.parse(out) : {}; // "No licenses in packages found": nothing but workspace packages
  };

  it('no GPL/AGPL license in the production tree of core, functions and the add-in', () => {
    const addin = prod('@formapro/excel-addin');
    expect(Object.values(addin).flat().map((p) => p.name)).toContain('react'); // the list really covers what ships
    for (const pkg of ['@formapro/core', '@formapro/functions', '@formapro/excel-addin']) {
      const licenses = Object.keys(prod(pkg));
      expect(licenses.filter((l) => /\bA?GPL/i.test(l) && !/LGPL/i.test(l)), pkg).toEqual([]);
    }
  }, 120_000);

  it('xlsx (two open advisories in 0.18.5) is not a dependency anywhere', () => {
    const lock = readFileSync(join(ROOT, 'pnpm-lock.yaml'), 'utf8');
    expect(/^\s+\/?xlsx@/m.test(lock)).toBe(false);
    expect(readdirSync(join(ROOT, 'node_modules', '.pnpm')).some((d) => d.startsWith('xlsx@'))).toBe(false);
  });
});
