#!/usr/bin/env node
// The installed `formapro` bin: runs the bundle dist/main.js (built by scripts/build.mjs with esbuild).
// In the repository (src/ beside it) a missing or stale bundle is rebuilt first, so `pnpm -s formapro`
// always runs the code as it is; an installed package (bin/ and dist/ only) just runs its bundle.
import { existsSync } from 'node:fs';

const main = new URL('../dist/main.js', import.meta.url);
if (existsSync(new URL('../src/main.ts', import.meta.url))) {
  const { isStale, buildCli } = await import('../scripts/build.mjs');
  if (isStale()) {
    try {
      await buildCli({ quiet: true });
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      if (!existsSync(main)) {
        process.stderr.write(`formapro: the build failed (${why})\n`);
        process.exit(2);
      }
      process.stderr.write(`formapro: could not rebuild from the sources, running the previous build (${why.split('\n').slice(0, 2).join(' ')})\n`);
    }
  }
}
await import(main.href);
