/**
 * A headless Chromium for the browser tests and the screenshot, driven by playwright-core, and a plain-HTTP
 * server of dist/. Never a downloaded browser (`playwright install` downloads from outside npm). In order:
 *  1. CHROMIUM_PATH, when set (any Chrome or Chromium);
 *  2. a system Chromium/Chrome when one is installed (/usr/bin/chromium …);
 *  3. the Chromium (headless shell, Linux x64) that ships inside the npm package @sparticuz/chromium as a
 *     brotli file: decompressed once into node_modules/.cache/formapro-chromium/<version>/ (atomically, so
 *     parallel test workers never see half a file). So `pnpm install && pnpm test` needs no apt and no root.
 */
import { chmodSync, createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, accessSync, constants } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { APP, ROOT } from './paths';
import { staticHandler } from './static-server';

export const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

const executable = (p: string) => {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

export interface ChromiumChoice {
  path: string;
  source: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
}

/** Decompresses the Chromium shipped in @sparticuz/chromium (once per version) and returns its path. */
export async function packagedChromium(): Promise<string> {
  const require = createRequire(join(APP, 'package.json'));
  let entry: string;
  try {
    entry = require.resolve('@sparticuz/chromium');
  } catch {
    throw new Error('No Chromium: set CHROMIUM_PATH, install chromium, or run `pnpm install` (the devDependency @sparticuz/chromium carries one).');
  }
  const pkgDir = dirname(dirname(entry)); // …/@sparticuz/chromium/build/index.js → …/@sparticuz/chromium
  const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string };
  if (process.platform !== 'linux' || process.arch !== 'x64')
    throw new Error(`@sparticuz/chromium ${version} carries a Linux x64 Chromium only (this is ${process.platform}/${process.arch}): set CHROMIUM_PATH to a Chrome or Chromium.`);
  const dir = join(ROOT, 'node_modules', '.cache', 'formapro-chromium', version);
  const exe = join(dir, 'chromium');
  if (existsSync(exe)) return exe;
  mkdirSync(dir, { recursive: true });
  const part = `${exe}.${process.pid}.${Date.now()}.part`;
  await pipeline(createReadStream(join(pkgDir, 'bin', 'chromium.br')), createBrotliDecompress({ chunkSize: 2 ** 21 }), createWriteStream(part, { mode: 0o755 }));
  chmodSync(part, 0o755);
  renameSync(part, exe); // atomic: a concurrent worker either sees no file or the whole one
  return exe;
}

export async function findChromium(): Promise<ChromiumChoice> {
  if (process.env.CHROMIUM_PATH) return { path: process.env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
  const system = SYSTEM_CHROMIUMS.find(executable);
  if (system) return { path: system, source: 'system' };
  return { path: await packagedChromium(), source: '@sparticuz/chromium' };
}

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launchChromium(): Promise<Browser> {
  const { path } = await findChromium();
  return chromium.launch({ executablePath: path, args: CHROMIUM_ARGS });
}

/** Serves a folder (default dist/, with /office-js/ and /examples/) over http://127.0.0.1 on a random port. */
export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(staticHandler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
