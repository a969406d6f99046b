/**
 * Bench helper, bundled beside the CLI: reads every row of a sheet through the CLI's reader (the xlsx worker
 * when bundled) and validates nothing, to split `formapro validate`'s time between reading and judging.
 */
import { openSheet } from '../../apps/cli/src/validate/read';

const source = await openSheet(process.argv[2]);
let rows = 0;
for await (const row of source.rows()) if (row.values.length) rows++;
console.error(`${rows} rows read`);
