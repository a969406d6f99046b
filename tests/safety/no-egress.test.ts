/**
 * Safety: the shipped add-in makes no network request besides loading Office.js (no fetch, XMLHttpRequest,
 * WebSocket, sendBeacon, EventSource, importScripts… in any bundle that ships), every page that ships
 * declares a Content-Security-Policy saying so, and nothing that ships depends on a GPL package or on xlsx
 * (two open advisories in 0.18.5).
 *
 * The bundles are the real build: turbo builds @formapro/excel-addin before this package's tests (a
 * devDependency), and a direct `vitest run` rebuilds dist/ when it is missing or older than any source.
 * `dist/preview/` is the dev-only HyperFormula preview (never deployed) and is not scanned.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const APP = join(ROOT, 'apps', 'excel-addin');
const DIST = join(APP, 'dist');

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}
const newest = (files: string[]) => Math.max(0, ...files.map((f) => statSync(f).mtimeMs));
/** Everything in dist/ that is deployed (the preview is a dev tool). */
const shipped = () => walk(DIST).filter((f) => !relative(DIST, f).startsWith('preview'));

beforeAll(() => {
  const sources = [...walk(join(APP, 'src')), ...walk(join(APP, 'pages')), ...walk(join(APP, 'scripts')), ...walk(join(ROOT, 'packages', 'core', 'src')), ...walk(join(ROOT, 'packages', 'functions', 'src'))];
  const bundle = join(DIST, 'taskpane.js');
  if (!existsSync(bundle) || statSync(bundle).mtimeMs < newest(sources)) execSync('pnpm --filter @formapro/excel-addin build', { cwd: ROOT, stdio: 'inherit' });
}, 180_000);

/** Ways a script can reach the network (or load code that could). */
const NETWORK_APIS: [string, RegExp][] = [
  ['fetch', /\bfetch\b/],
  ['XMLHttpRequest', /XMLHttpRequest/],
  ['WebSocket', /WebSocket/],
  ['sendBeacon', /sendBeacon/],
  ['EventSource', /EventSource/],
  ['importScripts', /importScripts/],
  ['WebTransport', /WebTransport/],
  ['RTCPeerConnection', /RTCPeerConnection/],
  ['Worker', /\b(?:Shared)?Worker\s*\(/],
  ['dynamic import()', /\bimport\s*\(/],
  ['script element', /createElement\(\s*["'`]script["'`]\s*\)/],
];
const networkUse = (code: string) => NETWORK_APIS.filter(([, re]) => re.test(code)).map(([name]) => name);

describe('no egress from what ships', () => {
  it('the scanner recognises each network API (a scan that cannot fail proves nothing)', () => {
    expect(networkUse('a=window.fetch("https://x")')).toEqual(['fetch']);
    expect(networkUse('new XMLHttpRequest;navigator.sendBeacon(u,d);new WebSocket(u);new EventSource(u)')).toEqual(['XMLHttpRequest', 'WebSocket', 'sendBeacon', 'EventSource']);
    expect(networkUse('importScripts(u);new Worker(u);import("./x.js");document.createElement("script")')).toEqual(['importScripts', 'Worker', 'dynamic import()', 'script element']);
    expect(networkUse('function prefetchable(){return 1}')).toEqual([]);
  });

  it('no bundle that ships uses a network API', () => {
    const bundles = shipped().filter((f) => f.endsWith('.js'));
    expect(bundles.map((f) => relative(DIST, f)).sort()).toEqual(expect.arrayContaining(['functions.js', 'taskpane.js']));
    for (const file of bundles) expect(networkUse(readFileSync(file, 'utf8')), relative(DIST, file)).toEqual([]);
  });

  it('every page that ships carries a Content-Security-Policy: scripts from self and the Office.js CDN only, no connections elsewhere', () => {
    const pages = shipped().filter((f) => f.endsWith('.html'));
    expect(pages.map((f) => relative(DIST, f))).toContain('taskpane.html');
    expect(pages.length).toBeGreaterThan(2); // the help pages too
    for (const page of pages) {
      const name = relative(DIST, page);
      const html = readFileSync(page, 'utf8');
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/i.exec(html)?.[1];
      expect(csp, `${name}: no Content-Security-Policy meta tag`).toBeDefined();
      const directives = new Map(csp!.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]));
      const defaults = directives.get('default-src');
      expect(defaults, name).toBeDefined();
      expect(defaults!.every((s) => s === "'self'" || s === "'none'"), `${name}: default-src ${defaults}`).toBe(true);
      for (const source of directives.get('script-src') ?? defaults!) expect(["'self'", "'none'", 'https://appsforoffice.microsoft.com'], `${name}: script-src`).toContain(source);
      for (const source of directives.get('connect-src') ?? defaults!) expect(["'self'", "'none'"], `${name}: connect-src`).toContain(source);
      // Scripts the page loads: its own bundles, and Office.js from Microsoft's CDN only.
      for (const [, src] of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) expect(/^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js$|^[\w./-]+\.js$/.test(src), `${name}: script ${src}`).toBe(true);
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

  it('hyperformula (GPL-3.0) is a devDependency only', () => {
    for (const pkg of ['packages/core', 'packages/functions', 'apps/excel-addin', 'apps/cli']) {
      const json = JSON.parse(readFileSync(join(ROOT, pkg, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
      expect(Object.keys(json.dependencies ?? {}), pkg).not.toContain('hyperformula');
    }
  });

  it('xlsx (two open advisories in 0.18.5) is not a dependency anywhere', () => {
    const lock = readFileSync(join(ROOT, 'pnpm-lock.yaml'), 'utf8');
    expect(/^\s+\/?xlsx@/m.test(lock)).toBe(false);
    expect(readdirSync(join(ROOT, 'node_modules', '.pnpm')).some((d) => d.startsWith('xlsx@'))).toBe(false);
  });
});
