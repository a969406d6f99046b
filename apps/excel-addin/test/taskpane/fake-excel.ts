/**
 * A small in-repo Excel host for tests: the part of the Office.js object model the pane uses, over a 2-D
 * array of values and a map of fill colours. Like Excel, reads need load() then context.sync(), and writes
 * are applied at the next sync; it counts syncs and records every cell written.
 */
import type { ExcelApi, SettingsStore } from '../../src/taskpane/engine';

type Cell = string | number | boolean | null;

function col(s: string): number {
  let n = 0;
  for (const ch of s) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
function parseA1(a: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a.replace(/\$/g, ''))!;
  return { row: Number(m[2]) - 1, col: col(m[1]) };
}

export class FakeExcel implements ExcelApi {
  syncs = 0;
  fills = new Map<string, string>();
  written = new Set<string>();
  selected: string | null = null;
  settingsData = new Map<string, unknown>();
  constructor(public cells: Cell[][], public name = 'Contrats') {}

  get(row: number, c: number): Cell {
    return this.cells[row]?.[c] ?? null;
  }
  set(row: number, c: number, v: Cell): void {
    while (this.cells.length <= row) this.cells.push([]);
    this.cells[row][c] = v;
    this.written.add(`${row}:${c}`);
  }
  usedRange(): { top: number; left: number; bottom: number; right: number } {
    let top = Infinity, left = Infinity, bottom = -1, right = -1;
    this.cells.forEach((r, i) => r.forEach((v, j) => {
      if (v !== null && v !== '' && v !== undefined) {
        top = Math.min(top, i); left = Math.min(left, j); bottom = Math.max(bottom, i); right = Math.max(right, j);
      }
    }));
    return bottom < 0 ? { top: 0, left: 0, bottom: 0, right: 0 } : { top, left, bottom, right };
  }
  settings(): SettingsStore {
    return { get: (k) => this.settingsData.get(k), set: (k, v) => void this.settingsData.set(k, v), save: async () => undefined };
  }
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return batch(new FakeContext(this) as unknown as Excel.RequestContext);
  }
}

class FakeContext {
  queue: (() => void)[] = [];
  workbook: { worksheets: { getActiveWorksheet(): FakeSheet } };
  constructor(readonly host: FakeExcel) {
    this.workbook = { worksheets: { getActiveWorksheet: () => new FakeSheet(this) } };
  }
  async sync(): Promise<void> {
    this.host.syncs++;
    const ops = this.queue;
    this.queue = [];
    for (const op of ops) op();
  }
}

class FakeSheet {
  private loadedName = false;
  constructor(private ctx: FakeContext) {}
  load(): this {
    this.ctx.queue.push(() => (this.loadedName = true));
    return this;
  }
  get name(): string {
    if (!this.loadedName) throw new Error('PropertyNotLoaded: worksheet.name');
    return this.ctx.host.name;
  }
  getUsedRange(): FakeRange {
    return new FakeRange(this.ctx, () => this.ctx.host.usedRange());
  }
  getRangeByIndexes(row: number, c: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, () => ({ top: row, left: c, bottom: row + rows - 1, right: c + cols - 1 }));
  }
  getRange(address: string): FakeRange {
    const [a, b = a] = address.split(':');
    const p = parseA1(a);
    const q = parseA1(b);
    return new FakeRange(this.ctx, () => ({ top: p.row, left: p.col, bottom: q.row, right: q.col }));
  }
}

class FakeRange {
  private data: Record<string, unknown> = {};
  readonly format: { fill: { color: string; clear(): void } };
  constructor(private ctx: FakeContext, private box: () => { top: number; left: number; bottom: number; right: number }) {
    const self = this;
    this.format = {
      fill: {
        set color(c: string) {
          self.ctx.queue.push(() => self.each((r, k) => self.ctx.host.fills.set(`${r}:${k}`, c)));
        },
        get color(): string {
          throw new Error('not supported');
        },
        clear() {
          self.ctx.queue.push(() => self.each((r, k) => self.ctx.host.fills.delete(`${r}:${k}`)));
        },
      },
    };
  }
  private each(f: (r: number, c: number) => void): void {
    const b = this.box();
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) f(r, c);
  }
  load(props: string): this {
    this.ctx.queue.push(() => {
      const b = this.box();
      for (const p of props.split(',').map((x) => x.trim())) {
        if (p === 'values') this.data.values = Array.from({ length: b.bottom - b.top + 1 }, (_, i) => Array.from({ length: b.right - b.left + 1 }, (_, j) => this.ctx.host.get(b.top + i, b.left + j) ?? ''));
        if (p === 'rowIndex') this.data.rowIndex = b.top;
        if (p === 'columnIndex') this.data.columnIndex = b.left;
        if (p === 'rowCount') this.data.rowCount = b.bottom - b.top + 1;
        if (p === 'columnCount') this.data.columnCount = b.right - b.left + 1;
      }
    });
    return this;
  }
  private read(p: string): any {
    if (!(p in this.data)) throw new Error(`PropertyNotLoaded: range.${p}`);
    return this.data[p];
  }
  get values(): unknown[][] { return this.read('values'); }
  set values(v: unknown[][]) {
    this.ctx.queue.push(() => {
      const b = this.box();
      v.forEach((row, i) => row.forEach((x, j) => this.ctx.host.set(b.top + i, b.left + j, x as Cell)));
    });
  }
  get rowIndex(): number { return this.read('rowIndex'); }
  get columnIndex(): number { return this.read('columnIndex'); }
  get rowCount(): number { return this.read('rowCount'); }
  get columnCount(): number { return this.read('columnCount'); }
  select(): void {
    this.ctx.queue.push(() => {
      const b = this.box();
      this.ctx.host.selected = `${b.top}:${b.left}`;
    });
  }
}
