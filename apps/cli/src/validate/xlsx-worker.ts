/** Worker thread: reads an xlsx sheet (xlsx-reader.ts) and posts its rows in batches, a few batches ahead at most. */
import { parentPort, workerData } from 'node:worker_threads';
import { UnreadableFile, xlsxRows, type SheetRow } from './xlsx-rows.js';

const BATCH = 2000;
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
  let batch: SheetRow[] = [];
  for await (const row of xlsxRows(path, sheet, (name) => port.postMessage({ sheetName: name }))) {
    batch.push(row);
    if (batch.length === BATCH) {
      await send(batch, false);
      batch = [];
    }
  }
  await send(batch, true);
} catch (e) {
  port.postMessage({ error: (e as Error).message, unreadable: e instanceof UnreadableFile });
}
port.close();
