/**
 * The add-in-only manifest, checked offline (`office-addin-manifest validate` calls a Microsoft web
 * service, unavailable here): ids, versions, shared runtime, the custom-functions extension point,
 * namespace FR, French metadata override, and every URL it names served from dist/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { baseUrl } from '../scripts/lib/catalogue-meta';
import { APP, DIST } from '../scripts/lib/paths';

const xml = readFileSync(join(DIST, 'manifest.xml'), 'utf8');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: false, isArray: (name) => ['bt:Url', 'bt:String', 'bt:Image', 'Override', 'bt:Override', 'Set', 'Runtime', 'ExtensionPoint', 'Control', 'Host'].includes(name) });
const doc = parser.parse(xml);
const app = doc.OfficeApp;
const vo = app.VersionOverrides;
const host = vo.Hosts.Host[0];
const res = vo.Resources;
const urls = new Map<string, { DefaultValue: string; overrides: Record<string, string> }>(
  res['bt:Urls']['bt:Url'].map((u: any) => [u['@id'], { DefaultValue: u['@DefaultValue'], overrides: Object.fromEntries((u['bt:Override'] ?? []).map((o: any) => [o['@Locale'], o['@Value']])) }]),
);
const images = new Map<string, string>(res['bt:Images']['bt:Image'].map((i: any) => [i['@id'], i['@DefaultValue']]));
const shortStrings = new Map<string, string>(res['bt:ShortStrings']['bt:String'].map((s: any) => [s['@id'], s['@DefaultValue']]));
const longStrings = new Map<string, string>(res['bt:LongStrings']['bt:String'].map((s: any) => [s['@id'], s['@DefaultValue']]));
const base = baseUrl();

/** A manifest URL → the file dist/ serves for it. */
const served = (url: string) => join(DIST, new URL(url).pathname);

describe('manifest.xml (add-in only, parsed offline)', () => {
  test('well-formed, a TaskPaneApp for Excel (Workbook) with a GUID id and a four-part version', () => {
    expect(app['@xsi:type']).toBe('TaskPaneApp');
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(app.Version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(app.DefaultLocale).toBe('en-US');
    expect(app.Hosts.Host.map((h: any) => h['@Name'])).toEqual(['Workbook']);
    expect(app.Permissions).toBe('ReadWriteDocument');
    expect(app.DisplayName.Override[0]['@Locale']).toBe('fr-FR');
  });

  test('top-level elements in the order the schema requires', () => {
    const order = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'];
    const positions = order.map((tag) => xml.indexOf(`<${tag}`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  test('shared runtime: requirement set, one long-lived runtime, and the functions page, function file and pane all on it', () => {
    expect(app.Requirements.Sets.Set.map((s: any) => [s['@Name'], s['@MinVersion']])).toContainEqual(['SharedRuntime', '1.1']);
    const runtimes = host.Runtimes.Runtime;
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0]['@lifetime']).toBe('long');
    const runtime = runtimes[0]['@resid'];
    const cf = host.AllFormFactors.ExtensionPoint.find((e: any) => e['@xsi:type'] === 'CustomFunctions');
    expect(cf.Page.SourceLocation['@resid']).toBe(runtime);
    expect(host.DesktopFormFactor.FunctionFile['@resid']).toBe(runtime);
    const button = host.DesktopFormFactor.ExtensionPoint[0].OfficeTab.Group.Control[0];
    expect(button.Action['@xsi:type']).toBe('ShowTaskpane');
    expect(button.Action.SourceLocation['@resid']).toBe(runtime);
    expect(urls.get(runtime)!.DefaultValue).toBe(`${base}/taskpane.html`);
    expect(app.DefaultSettings.SourceLocation['@DefaultValue']).toBe(`${base}/taskpane.html`);
  });

  test('custom functions: script, metadata (French override), namespace FR', () => {
    const cf = host.AllFormFactors.ExtensionPoint.find((e: any) => e['@xsi:type'] === 'CustomFunctions');
    expect(urls.get(cf.Script.SourceLocation['@resid'])!.DefaultValue).toBe(`${base}/functions.js`);
    const meta = urls.get(cf.Metadata.SourceLocation['@resid'])!;
    expect(meta.DefaultValue).toBe(`${base}/functions.json`);
    expect(meta.overrides['fr-FR']).toBe(`${base}/functions-fr.json`);
    expect(shortStrings.get(cf.Namespace['@resid'])).toBe('FR');
  });

  test('every French locale of Excel (fr-FR, fr-BE, fr-CA, fr-CH, fr-LU) gets the French metadata and every French text', () => {
    const FRENCH = ['fr-FR', 'fr-BE', 'fr-CA', 'fr-CH', 'fr-LU'];
    const cf = host.AllFormFactors.ExtensionPoint.find((e: any) => e['@xsi:type'] === 'CustomFunctions');
    const meta = urls.get(cf.Metadata.SourceLocation['@resid'])!;
    for (const locale of FRENCH) expect(meta.overrides[locale]).toBe(`${base}/functions-fr.json`);
    // Wherever fr-FR has a French text, every other French locale has the same one.
    const overrideSets = [...xml.matchAll(/<(?:bt:)?Override Locale="(fr-[A-Z]{2})" Value="([^"]*)"\/>/g)].map((m) => [m[1], m[2]]);
    const frFr = overrideSets.filter(([l]) => l === 'fr-FR').map(([, v]) => v);
    expect(frFr.length).toBeGreaterThanOrEqual(8);
    for (const locale of FRENCH) expect(overrideSets.filter(([l]) => l === locale).map(([, v]) => v)).toEqual(frFr);
  });

  test('every resid used is defined', () => {
    const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(10);
    for (const id of used) expect(urls.has(id) || images.has(id) || shortStrings.has(id) || longStrings.has(id)).toBe(true);
  });

  test('every URL is https on the add-in origin and served by dist/ (icons are PNGs of their size)', () => {
    const all = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(all.length).toBeGreaterThan(8);
    for (const u of all) {
      expect(u.startsWith(`${base}/`)).toBe(true);
      expect(existsSync(served(u)), u).toBe(true);
    }
    expect(app.AppDomains.AppDomain).toBe(base);
    for (const [id, url] of images) {
      const png = readFileSync(served(url));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      const size = Number(/(\d+)x\1/.exec(id)![1]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
    expect(served(app.SupportUrl['@DefaultValue'])).toMatch(/help[/\\]index\.html$/);
  });

  test('string lengths within the schema limits (short strings 125, long strings and descriptions 250)', () => {
    for (const v of shortStrings.values()) expect(v.length).toBeLessThanOrEqual(125);
    for (const s of res['bt:LongStrings']['bt:String']) {
      expect(s['@DefaultValue'].length).toBeLessThanOrEqual(250);
      for (const o of s['bt:Override'] ?? []) expect(o['@Value'].length).toBeLessThanOrEqual(250);
    }
    expect(app.Description['@DefaultValue'].length).toBeLessThanOrEqual(250);
    for (const o of app.Description.Override) expect(o['@Value'].length).toBeLessThanOrEqual(250);
    expect(app.DisplayName['@DefaultValue'].length).toBeLessThanOrEqual(125);
  });

  test('dist/manifest.xml is the committed manifest.xml with the add-in URL filled in', () => {
    expect(xml).toBe(readFileSync(join(APP, 'manifest.xml'), 'utf8').replaceAll('https://localhost:3000', base));
  });
});
