/**
 * HTTPS certificate for https://localhost:3000, in this order:
 *  1. office-addin-dev-certs: creates a dev CA + localhost certificate in ~/.office-addin-dev-certs and
 *     installs the CA (Windows/Mac prompt for it; Linux needs sudo). Skipped with FORMAPRO_SKIP_DEV_CERTS=1.
 *  2. the files it generated even when installing the CA failed (the usual case on Linux without sudo);
 *  3. a self-signed certificate made with `selfsigned`, kept in apps/excel-addin/.certs/ (the browser
 *     warns once; Excel on the web needs it trusted: open https://localhost:3000 and accept it first).
 * So `pnpm start` always starts.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { APP } from './paths';

export interface Certificate {
  key: string;
  cert: string;
  ca?: string;
  source: string;
}

const withTimeout = <T>(p: Promise<T>, ms: number) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s`)), ms).unref())]);

export async function devCertificate(log: (s: string) => void = console.log): Promise<Certificate> {
  if (process.env.FORMAPRO_SKIP_DEV_CERTS !== '1') {
    try {
      const devCerts = await import('office-addin-dev-certs');
      const o = await withTimeout(devCerts.getHttpsServerOptions(), 60_000);
      return { key: String(o.key), cert: String(o.cert), ca: String(o.ca), source: 'office-addin-dev-certs (trusted dev CA)' };
    } catch (e) {
      log(`office-addin-dev-certs could not install its CA (${e instanceof Error ? e.message.split('\n')[0] : e}); falling back.`);
    }
  }
  const dir = join(homedir(), '.office-addin-dev-certs');
  const [key, cert, ca] = ['localhost.key', 'localhost.crt', 'ca.crt'].map((f) => join(dir, f));
  if (existsSync(key) && existsSync(cert))
    return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8'), ca: existsSync(ca) ? readFileSync(ca, 'utf8') : undefined, source: `${dir} (CA ${ca}, not installed: trust it in your browser/OS)` };

  const own = join(APP, '.certs');
  const ownKey = join(own, 'localhost.key');
  const ownCert = join(own, 'localhost.crt');
  if (!existsSync(ownKey) || !existsSync(ownCert)) {
    const selfsigned = await import('selfsigned');
    const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
      keySize: 2048,
      algorithm: 'sha256',
      notAfterDate: new Date(Date.now() + 365 * 864e5),
      extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] }],
    } as never);
    mkdirSync(own, { recursive: true });
    writeFileSync(ownKey, pems.private, { mode: 0o600 });
    writeFileSync(ownCert, pems.cert);
  }
  return { key: readFileSync(ownKey, 'utf8'), cert: readFileSync(ownCert, 'utf8'), source: `self-signed ${ownCert} (accept it once at https://localhost:3000)` };
}
