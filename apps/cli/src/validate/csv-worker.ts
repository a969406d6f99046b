/**
 * Worker thread: reads a CSV file (csv-rows.ts) and posts its rows in batches, a few batches ahead at most,
 * so that parsing runs on the second core while the main thread validates and writes (as xlsx-worker.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { csvRows, type CsvFormat } from './csv-rows.js';
import { UnreadableFile, type SheetRow } from './xlsx-rows.js';

const BATCH = 500;
const AHEAD = 2;
const port = parentPort!;
let credits = AHEAD;
let wake: (() => void) | null = null;
port.on('message', () => {
  credits++;
  wake?.();
  wake = null;
});
port.unref();

let bytes = 0;

async function send(rows: SheetRow[], done: boolean): Promise<void> {
  port.ref();
  while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
  port.unref();
  credits--;
  port.postMessage({ rows, done, bytes });
}

try {
  const { path, format } = workerData as { path: string; format: CsvFormat };
  let batch: SheetRow[] = [];
  for await (const row of csvRows(path, format, (n) => (bytes += n))) {
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
