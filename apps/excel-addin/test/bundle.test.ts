/** What ships contains no HyperFormula (GPL-3.0): only the dev preview bundles it. Pages load the right Office.js. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST } from '../scripts/lib/paths';

const read = (f: string) => readFileSync(join(DIST, f), 'utf8');
const sources = (map: string) => (JSON.parse(read(map)).sources as string[]).join('\n');

describe('bundles', () => {
  test.each(['functions.js', 'taskpane.js'])('%s contains no hyperformula, in code or in its sources', (file) => {
    expect(read(file).toLowerCase()).not.toContain('hyperformula');
    expect(sources(`${file}.map`).toLowerCase()).not.toContain('hyperformula');
    expect(sources(`${file}.map`)).not.toMatch(/adapters[/\\]hyperformula/);
  });

  test('the check would see it: the preview bundle does include HyperFormula', () => {
    expect(sources('preview/preview.js.map').toLowerCase()).toContain('node_modules/hyperformula');
  });

  test('functions.js binds through CustomFunctions.associate and makes no network call', () => {
    const js = read('functions.js');
    expect(js).toContain('CustomFunctions');
    expect(js).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket/);
  });

  test("taskpane.html loads Office.js from Microsoft's CDN, then the functions and the pane; the preview self-hosts it", () => {
    const html = read('taskpane.html');
    expect(html).toContain('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
    expect(html.indexOf('office.js')).toBeLessThan(html.indexOf('functions.js'));
    expect(html.indexOf('functions.js')).toBeLessThan(html.indexOf('taskpane.js'));
    const preview = read('preview/index.html');
    expect(preview).toContain('src="/office-js/office.js"');
    expect(preview).not.toContain('appsforoffice.microsoft.com');
  });
});
