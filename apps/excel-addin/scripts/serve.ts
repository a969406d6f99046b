/**
 * `pnpm start`: serves dist/ on https://localhost:3000 (the manifest's URLs), rebuilds when the add-in,
 * the catalogue, the core or the sample workbook change, and prints how to sideload the add-in and where
 * the preview is. PORT overrides the port (the manifest says 3000: keep it for Excel).
 */
import { watch } from 'node:fs';
import { createServer } from 'node:https';
import { join } from 'node:path';
import { build } from './build';
import { devCertificate } from './lib/certs';
import { APP, DIST, EXAMPLES, ROOT } from './lib/paths';
import { staticHandler } from './lib/static-server';

const port = Number(process.env.PORT ?? 3000);
const cert = await devCertificate();
const server = createServer({ key: cert.key, cert: cert.cert }, staticHandler);
server.on('error', (e: NodeJS.ErrnoException) => {
  console.error(e.code === 'EADDRINUSE' ? `Port ${port} is in use: stop the other server (or set PORT=… for the preview only).` : e.message);
  process.exit(1);
});
server.listen(port, () => {
  const base = `https://localhost:${port}`;
  console.log(`
FormaPro add-in served on ${base}   (certificate: ${cert.source})

  Preview (no Excel needed):  ${base}/preview/
  Manifest:                   ${join(DIST, 'manifest.xml')}
  Metadata:                   ${base}/functions.json  ·  French: ${base}/functions-fr.json
  Help:                       ${base}/help/index.html

Sideload into Excel on the web (works from Linux too):
  1. Open ${base}/functions.json once in this browser and accept the certificate if it asks.
  2. Open a workbook at office.com → Home → Add-ins → More settings (or "Get Add-ins") → Upload My Add-in
     → choose ${join(APP, 'manifest.xml')} → Upload.
  3. Type =FR.PRO_MIN_SALARY(20, "bac pro", 1766.92) in a cell → 1148.50 (French Excel: =FR.PRO_SALAIRE_MIN(20; "bac pro"; 1766,92)).

Sideload into Excel on Windows or Mac (desktop):
  npx office-addin-debugging start ${join(APP, 'manifest.xml')} desktop --app excel
  (or: Windows, share a folder holding manifest.xml, add it as a Trusted Add-in Catalog in File → Options →
  Trust Center → Trusted Add-in Catalogs, restart Excel, then Home → Add-ins → Advanced → Shared Folder;
  Mac: copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and restart Excel).
  Desktop Excel must trust the dev certificate: run npx office-addin-dev-certs install there.

Watching src/, packages/functions, packages/core and examples/: changes rebuild dist/ (reload the page).
`);
});

let timer: NodeJS.Timeout | undefined;
let building = false;
const rebuild = (file: string | null) => {
  if (file && /generated\.ts$|(^|[\\/])dist[\\/]/.test(file)) return;
  clearTimeout(timer);
  timer = setTimeout(async () => {
    if (building) return rebuild(null);
    building = true;
    try {
      await build({ quiet: true });
      console.log(`rebuilt (${file ?? 'change'})`);
    } catch (e) {
      console.error(`build failed: ${e instanceof Error ? e.message : e}`);
    } finally {
      building = false;
    }
  }, 150);
};
for (const dir of [join(APP, 'src'), join(APP, 'pages'), join(ROOT, 'packages', 'functions', 'src'), join(ROOT, 'packages', 'core', 'src'), EXAMPLES])
  watch(dir, { recursive: true }, (_e, f) => rebuild(f ? String(f) : null));
