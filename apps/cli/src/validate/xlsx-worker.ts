/** Worker thread: reads an xlsx sheet (xlsx-reader.ts) and posts its rows in batches (one inflated chunk each), a few batches ahead at most. */
import { parentPort, workerData } from 'node:worker_threads';
import { UnreadableFile, xlsxBatches, type SheetRow } from './xlsx-rows.js';

const AHEAD = 4;
const port = parentPort!;
let credits = AHEAD;
let wake: (() => void) | null = null;
port.on('message', () => {
  credits++;
  wake?.();
  wake = null;
});

// The port holds the worker open only while it waits for the main thread: a reader left pending with
// nothing to run (corrupt data) then lets the worker end, which the main thread reports (read.ts).
port.unref();

async function send(rows: SheetRow[], done: boolean): Promise<void> {
  port.ref();
  while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
  port.unref();
  credits--;
  port.postMessage({ rows, done });
}

try {
  const { path, sheet } = workerData as { path: string; sheet?: string };
  for await (const batch of xlsxBatches(path, sheet, (name) => port.postMessage({ sheetName: name }))) await send(batch, false);
  await send([], true);
} catch (e) {
  port.postMessage({ error: (e as Error).message, unreadable: e instanceof UnreadableFile });
}
port.close();
