/**
 * A minimal `Excel.run` for the preview, over the preview workbook: enough for a pane to read and write
 * a sheet the way it would in Excel (load → sync → read; write → sync), and to count `context.sync()`
 * calls. Installed only when the page is not inside Excel (Office.js loads, but there is no host).
 * The task-pane issue extends it as the pane needs.
 *
 * Supported: context.workbook.worksheets.{getActiveWorksheet(), getItem(name), add(name), items (after
 * load), onActivated.add(handler)}, worksheet.{name, getRange(address), getUsedRange()}, workbook.getSelectedRange(),
 * range.{address, values, formulas, numberFormat, rowCount, columnCount} (load before reading, as
 * Excel enforces), writes to values/formulas/numberFormat applied at the next sync.
 */
import { parseRange, rangeAddress, type PreviewWorkbook } from './workbook';

type Props = 'address' | 'values' | 'formulas' | 'numberFormat' | 'rowCount' | 'columnCount' | 'rowIndex' | 'columnIndex';

class ShimRange {
  private loaded = new Set<string>();
  private data: Record<string, unknown> = {};
  /** range.format.fill: colour and clear(), applied at the next sync (the task pane colours faulty cells). */
  readonly format: { fill: { color: string; clear(): void } };
  constructor(
    private ctx: ShimContext,
    readonly sheet: string,
    private addr: () => string,
  ) {
    const range = this;
    this.format = {
      fill: {
        set color(c: string) {
          range.ctx.queue(() => range.ctx.wb.setFill(range.sheet, range.addr(), c));
        },
        get color(): string {
          return range.ctx.wb.getFills(range.sheet, range.addr())[0][0] ?? '';
        },
        clear() {
          range.ctx.queue(() => range.ctx.wb.setFill(range.sheet, range.addr(), null));
        },
      },
    };
  }
  select(): void {
    this.ctx.queue(() => this.ctx.wb.select(this.sheet, this.addr()));
  }
  load(props?: string | string[] | Record<string, unknown>): this {
    const list = typeof props === 'string' ? props.split(',') : Array.isArray(props) ? props : ['address', 'values', 'formulas', 'numberFormat', 'rowCount', 'columnCount'];
    this.ctx.queue(() => {
      for (const p of list.map((x) => x.trim())) {
        this.data[p] = this.read(p as Props);
        this.loaded.add(p);
      }
    });
    return this;
  }
  private read(p: Props): unknown {
    const a = this.addr();
    const r = parseRange(a);
    switch (p) {
      case 'address':
        return `${this.sheet}!${a}`;
      case 'values':
        return this.ctx.wb.getValues(this.sheet, a);
      case 'formulas':
        return this.ctx.wb.getFormulas(this.sheet, a);
      case 'numberFormat':
        return this.ctx.wb.getNumberFormats(this.sheet, a);
      case 'rowIndex':
        return r.top;
      case 'columnIndex':
        return r.left;
      case 'rowCount':
        return r.bottom - r.top + 1;
      case 'columnCount':
        return r.right - r.left + 1;
    }
  }
  private get(p: Props): any {
    if (!this.loaded.has(p)) throw new Error(`PropertyNotLoaded: range.${p} was read before load("${p}") and context.sync()`);
    return this.data[p];
  }
  private set(p: 'values' | 'formulas' | 'numberFormat', v: unknown[][]): void {
    this.ctx.queue(() => {
      if (p === 'numberFormat') this.ctx.wb.setNumberFormats(this.sheet, this.addr(), v as string[][]);
      else this.ctx.wb.setValues(this.sheet, this.addr(), v as never);
    });
  }
  get address(): string { return this.get('address'); }
  get values(): unknown[][] { return this.get('values'); }
  set values(v: unknown[][]) { this.set('values', v); }
  get formulas(): unknown[][] { return this.get('formulas'); }
  set formulas(v: unknown[][]) { this.set('formulas', v); }
  get numberFormat(): string[][] { return this.get('numberFormat'); }
  set numberFormat(v: string[][]) { this.set('numberFormat', v); }
  get rowCount(): number { return this.get('rowCount'); }
  get rowIndex(): number { return this.get('rowIndex'); }
  get columnIndex(): number { return this.get('columnIndex'); }
  get columnCount(): number { return this.get('columnCount'); }
}

class ShimWorksheet {
  constructor(private ctx: ShimContext, readonly name: string) {}
  getRange(address: string): ShimRange {
    return new ShimRange(this.ctx, this.name, () => address.replace(/^.*!/, ''));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): ShimRange {
    return new ShimRange(this.ctx, this.name, () => rangeAddress(row, col, row + rows - 1, col + cols - 1));
  }
  getUsedRange(): ShimRange {
    return new ShimRange(this.ctx, this.name, () => this.ctx.wb.usedRange(this.name));
  }
  activate(): void {
    this.ctx.queue(() => this.ctx.wb.activate(this.name));
  }
  load(): this {
    return this;
  }
}

export class ShimContext {
  private pending: (() => void)[] = [];
  constructor(readonly wb: PreviewWorkbook, private counter: { syncs: number }) {}
  queue(f: () => void): void {
    this.pending.push(f);
  }
  async sync(): Promise<void> {
    this.counter.syncs++;
    const todo = this.pending;
    this.pending = [];
    for (const f of todo) f();
  }
  get workbook() {
    const ctx = this;
    const items: ShimWorksheet[] = [];
    return {
      worksheets: {
        getActiveWorksheet: () => new ShimWorksheet(ctx, ctx.wb.activeSheet()),
        getItem: (name: string) => {
          if (!ctx.wb.sheetNames().includes(name)) throw new Error(`ItemNotFound: no worksheet named ${name}`);
          return new ShimWorksheet(ctx, name);
        },
        add: (name: string) => {
          ctx.queue(() => ctx.wb.addSheet(name));
          return new ShimWorksheet(ctx, name);
        },
        items,
        /** Fires when another sheet becomes active (the task pane re-reads its columns). */
        onActivated: {
          add(handler: (e: { worksheetId: string; type: string; source: string }) => unknown) {
            let active = ctx.wb.activeSheet();
            const off = ctx.wb.onChange((e) => {
              if (e.type !== 'selection' || ctx.wb.activeSheet() === active) return;
              active = ctx.wb.activeSheet();
              void handler({ worksheetId: active, type: 'WorksheetActivated', source: 'Local' });
            });
            return { remove: () => off(), context: ctx };
          },
        },
        load() {
          ctx.queue(() => items.splice(0, items.length, ...ctx.wb.sheetNames().map((n) => new ShimWorksheet(ctx, n))));
          return this;
        },
      },
      getSelectedRange: () => {
        const s = ctx.wb.getSelection();
        return new ShimRange(ctx, s.sheet, () => ctx.wb.getSelection().address);
      },
    };
  }
}

/** Answers `Excel.run` from the preview workbook when no Excel host is there; returns the sync counter. */
export function installExcelShim(wb: PreviewWorkbook): { syncs: number; run: <T>(f: (ctx: ShimContext) => Promise<T>) => Promise<T> } {
  const counter = { syncs: 0, run: async <T>(f: (ctx: ShimContext) => Promise<T>): Promise<T> => {
    const ctx = new ShimContext(wb, counter);
    const result = await f(ctx);
    await ctx.sync();
    return result;
  } };
  const g = globalThis as unknown as { Excel?: Record<string, unknown>; Office?: { context?: { host?: unknown } } };
  const inExcel = !!g.Office?.context?.host;
  if (!inExcel) {
    g.Excel = g.Excel ?? {};
    g.Excel.run = counter.run;
  }
  return counter;
}
