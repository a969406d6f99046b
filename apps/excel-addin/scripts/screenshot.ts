/** Takes docs/preview.png: the preview page (sample workbook, computed FR. values) in headless Chromium. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from './build';
import { launchChromium, serveDist } from './lib/browser';
import { ROOT } from './lib/paths';

await build({ quiet: true });
const server = await serveDist();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 640 }, deviceScaleFactor: 1 });
  await page.goto(`${server.url}/preview/`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.click('td[data-address="F11"]'); // the #VALUE! cell: its message shows under the grid
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  const out = join(ROOT, 'docs', process.argv[2] ?? 'preview.png');
  await page.screenshot({ path: out, fullPage: true });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
