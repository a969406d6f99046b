/** The rows of a CSV file (used in the CSV worker, or in-thread): csv-parse on the decoded stream, numbered from 1. */
import { createReadStream } from 'node:fs';
import { UnreadableFile, type SheetRow } from './xlsx-rows.js';

export interface CsvFormat {
  encoding: 'utf-8' | 'windows-1252';
  delimiter: string;
}

export async function* csvRows(path: string, format: CsvFormat, onBytes: (n: number) => void): AsyncGenerator<SheetRow> {
  const { parse } = await import('csv-parse');
  const iconv = (await import('iconv-lite')).default;
  const file = createReadStream(path, { highWaterMark: 256 * 1024 });
  file.on('data', (chunk) => onBytes(chunk.length));
  const decoded = format.encoding === 'utf-8' ? file : file.pipe(iconv.decodeStream('win1252'));
  const parser = decoded.pipe(
    parse({ delimiter: format.delimiter, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, max_record_size: 16 * 1024 * 1024 }),
  );
  let n = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      n++;
      yield { number: n, values: record };
    }
  } catch (e) {
    throw new UnreadableFile(`CSV unreadable near line ${n + 1}: ${(e as Error).message}`);
  }
}
