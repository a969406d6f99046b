/**
 * The production build (`FORMAPRO_ADDIN_URL=https://addin.example.org pnpm --filter @formapro/excel-addin build`)
 * is a folder for any static HTTPS host: every URL on that base, nothing on localhost, no preview, no source
 * map. Here the folder is served by a plain static file server (nothing but the folder: no /office-js/, no
 * /examples/), and headless Chromium opens the task pane at its production address (requests to the base and
 * to Microsoft's Office.js CDN are answered from that server and from the self-hosted copy of Office.js).
 */
import { readdirSync, readFileSync, statSync, createReadStream, existsSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CATALOGUE } from '@formapro/functions';
import { build, optionsFromEnv } from '../scripts/build';
import { launchChromium } from '../scripts/lib/browser';
import { OFFICE_JS } from '../scripts/lib/paths';

const BASE = 'https://addin.example.org';
const OUT = mkdtempSync(join(tmpdir(), 'formapro-addin-prod-'));
const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.xml': 'application/xml', '.css': 'text/css', '.png': 'image/png' };

/** A plain static server of one folder: what any static host does, and nothing more. */
function staticFolder(root: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root + sep) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server })));
}

let browser: Browser;
let host: { url: string; server: Server };

beforeAll(async () => {
  await build({ quiet: true, base: BASE, production: true, outDir: OUT });
  host = await staticFolder(OUT);
  browser = await launchChromium();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.server.close(resolve));
});

describe('FORMAPRO_ADDIN_URL selects a production build', () => {
  test('an https URL that is not localhost is production; localhost or no URL is the dev build; http is refused', () => {
    expect(optionsFromEnv({ FORMAPRO_ADDIN_URL: 'https://addin.example.org/' })).toMatchObject({ base: BASE, production: true, sourcemaps: false });
    expect(optionsFromEnv({ FORMAPRO_ADDIN_URL: 'https://addin.example.org', FORMAPRO_SOURCEMAPS: '1' })).toMatchObject({ production: true, sourcemaps: true });
    expect(optionsFromEnv({})).toMatchObject({ base: 'https://localhost:3000', production: false });
    expect(optionsFromEnv({ FORMAPRO_ADDIN_URL: 'https://localhost:3000' }).production).toBe(false);
    expect(() => optionsFromEnv({ FORMAPRO_ADDIN_URL: 'http://addin.example.org' })).toThrow(/https/);
  });
});

describe('the production folder', () => {
  test('holds what a static host needs, and no preview, no source map', () => {
    const rel = files(OUT).map((f) => relative(OUT, f).split(sep).join('/'));
    for (const f of ['manifest.xml', 'taskpane.html', 'taskpane.js', 'functions.js', 'functions.json', 'functions-fr.json', 'assets/icon-32.png', 'help/index.html', 'help/fr/index.html', 'help/PRO_MIN_SALARY.html'])
      expect(rel).toContain(f);
    expect(rel.filter((f) => f.startsWith('preview/') || f.endsWith('.map'))).toEqual([]);
    expect(rel.filter((f) => f.endsWith('.js')).every((f) => !readFileSync(join(OUT, f), 'utf8').includes('sourceMappingURL'))).toBe(true);
  });

  test('no file mentions localhost or 127.0.0.1', () => {
    const offenders = files(OUT)
      .filter((f) => /\.(html|js|json|xml|css)$/.test(f))
      .filter((f) => /localhost|127\.0\.0\.1/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(OUT, f));
    expect(offenders).toEqual([]);
  });

  test('every URL of the manifest is on the base (or Microsoft’s schemas), and the metadata help URLs too', () => {
    const xml = readFileSync(join(OUT, 'manifest.xml'), 'utf8');
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"|<AppDomain>([^<]+)<|<SourceLocation DefaultValue="([^"]+)"/g)].map((m) => m[1] ?? m[2] ?? m[3]);
    expect(urls.length).toBeGreaterThan(10);
    for (const u of urls) expect(u.startsWith(`${BASE}/`) || u === BASE, u).toBe(true);
    const app = new XMLParser({ ignoreAttributes: false }).parse(xml).OfficeApp;
    expect(app.DefaultSettings.SourceLocation['@_DefaultValue']).toBe(`${BASE}/taskpane.html`);
    for (const file of ['functions.json', 'functions-fr.json']) {
      const meta = JSON.parse(readFileSync(join(OUT, file), 'utf8')) as { functions: { id: string; helpUrl: string }[] };
      expect(meta.functions.map((f) => f.id).sort()).toEqual(CATALOGUE.map((s) => s.name).sort());
      for (const f of meta.functions) expect(f.helpUrl.startsWith(`${BASE}/help/`), `${file} ${f.id}`).toBe(true);
    }
  });
});

describe('served from a plain static server, opened at its production address in headless Chromium', () => {
  /** A page whose requests to the base go to the static server, and to Microsoft's CDN to the self-hosted Office.js. */
  async function productionPage(officeJs: 'real' | 'fake'): Promise<{ page: Page; requested: string[]; refused: string[]; errors: string[] }> {
    const page = await browser.newPage();
    const requested: string[] = [];
    const refused: string[] = [];
    const errors: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      requested.push(url);
      if (url.startsWith(`${BASE}/`)) {
        const r = await fetch(host.url + url.slice(BASE.length));
        return route.fulfill({ status: r.status, headers: Object.fromEntries(r.headers), body: Buffer.from(await r.arrayBuffer()) });
      }
      const cdn = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
      if (url.startsWith(cdn)) {
        if (officeJs === 'fake') return route.fulfill({ contentType: 'text/javascript', body: '/* Office.js stands in below */' });
        const file = normalize(join(OFFICE_JS, new URL(url).pathname.slice('/lib/1/hosted/'.length)));
        if (file.startsWith(OFFICE_JS) && existsSync(file)) return route.fulfill({ contentType: 'text/javascript', body: readFileSync(file) });
      }
      return route.abort();
    });
    return { page, requested, refused, errors };
  }

  test('the task pane loads with the real Office.js under its CSP: nothing refused, nothing requested elsewhere', async () => {
    const { page, requested, refused, errors } = await productionPage('real');
    await page.goto(`${BASE}/taskpane.html`);
    await page.waitForFunction(() => typeof (window as any).Office?.onReady === 'function', undefined, { timeout: 60_000 });
    expect(await page.evaluate(() => new Promise((resolve) => (window as any).Office.onReady((i: any) => resolve(i.host ?? null))))).toBeNull(); // outside Excel
    expect(refused).toEqual([]);
    expect(requested.filter((u) => !u.startsWith(`${BASE}/`) && !u.startsWith('https://appsforoffice.microsoft.com/lib/1/hosted/') && !u.startsWith('data:'))).toEqual([]);
    expect(requested).toContain(`${BASE}/functions.js`);
    expect(requested).toContain(`${BASE}/taskpane.js`);
    expect(errors.filter((e) => !/CustomFunctions/.test(e))).toEqual([]); // outside Excel there is no CustomFunctions runtime
    await page.close();
  }, 120_000);

  test('with a stand-in for Office: the pane renders and every function is associated and computes', async () => {
    const { page, refused, errors } = await productionPage('fake');
    await page.addInitScript(() => {
      (window as any).associated = {};
      class CFError extends Error {
        constructor(
          public code: string,
          message?: string,
        ) {
          super(message);
        }
      }
      (window as any).CustomFunctions = { associate: (id: string, fn: unknown) => ((window as any).associated[id] = fn), Error: CFError, ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' } };
      (window as any).Office = { onReady: (f?: (i: unknown) => unknown) => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }).then((i) => (f ? f(i) : i)), context: { displayLanguage: 'fr-FR' } };
    });
    await page.goto(`${BASE}/taskpane.html`);
    await page.waitForFunction(() => Object.keys((window as any).associated).length > 0 && document.querySelector('#root')!.childElementCount > 0, undefined, { timeout: 60_000 });
    const ids = await page.evaluate(() => Object.keys((window as any).associated).sort());
    expect(ids).toEqual(CATALOGUE.map((s) => s.name).sort());
    expect(await page.evaluate(() => (window as any).associated.PRO_MIN_SALARY(20, 'bac pro', 1766.92, null, null, null))).toBe(1148.5); // A2: 0.65 × 1,766.92 → up
    expect(await page.evaluate(() => (window as any).associated.OPCO_TUTOR_AID(8, 40, null, 45366))).toBe(1380); // D6332-93: 230 × 6, 2024-03-15
    expect((await page.textContent('#root'))!.trim().length).toBeGreaterThan(0);
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
