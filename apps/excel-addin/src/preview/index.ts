/**
 * The preview page (dev only): examples/functions-sample.json evaluated by HyperFormula with every
 * catalogue function registered, shown in a grid with a formula bar and sheet tabs. Cells can be edited
 * (type a value or a formula and press Enter): dependent formulas recalculate.
 *
 * Exposes `window.formapro = { workbook, excelShim }` for the task pane (mounted in `#pane`) and tests.
 */
import * as HF from 'hyperformula';
import sample from '../../../../examples/functions-sample.json';
import contracts from '../../../../examples/contrats-pro.json';
import hrExport from '../../../../examples/export-rh.json';
import { setFormaProLanguage } from '@formapro/functions';
import { installExcelShim } from './excel-shim';
import { formatCell } from './number-format';
import { cellAddress, columnName, createWorkbook, parseCell, parseRange, type PreviewWorkbook, type WorkbookData } from './workbook';

declare global {
  interface Window {
    formapro?: { workbook: PreviewWorkbook; ready: boolean; shim?: ReturnType<typeof installExcelShim> };
  }
}

// The functions sample, then the sheets the task pane (beside the grid) validates: the sample contracts,
// and an HR export as payroll systems write it (title rows above the header, a TOTAL row).
const data = sample as unknown as WorkbookData;
// Messages and spill headers in the browser's language, as Excel follows its display language (outside
// Excel, Office.js reports a default display language that says nothing of the user's).
setFormaProLanguage(navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en');
const workbook = createWorkbook(HF, {
  ...data,
  sheets: [...data.sheets, ...(contracts as unknown as WorkbookData).sheets, ...(hrExport as unknown as WorkbookData).sheets],
});
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function render(): void {
  const sheet = workbook.activeSheet();
  const used = parseRange(workbook.usedRange(sheet));
  const rows = Math.max(used.bottom + 2, 12);
  const cols = Math.max(used.right + 1, 6);
  const values = workbook.getValues(sheet, `A1:${cellAddress(rows - 1, cols - 1)}`);
  const formats = workbook.getNumberFormats(sheet, `A1:${cellAddress(rows - 1, cols - 1)}`);
  const fills = workbook.getFills(sheet, `A1:${cellAddress(rows - 1, cols - 1)}`);
  const widths = workbook.widths(sheet);
  const header = workbook.hasHeader(sheet);
  const sel = workbook.getSelection();
  const selCell = parseCell(sel.address.split(':')[0]);

  const table = document.createElement('table');
  table.className = 'grid';
  const colgroup = document.createElement('colgroup');
  colgroup.append(Object.assign(document.createElement('col'), { style: 'width:36px' }));
  for (let c = 0; c < cols; c++) {
    const col = document.createElement('col');
    col.style.width = `${widths[c] ?? 110}px`;
    colgroup.append(col);
  }
  table.append(colgroup);
  const head = table.insertRow();
  head.append(Object.assign(document.createElement('th'), { className: 'corner' }));
  for (let c = 0; c < cols; c++) head.append(Object.assign(document.createElement('th'), { textContent: columnName(c) }));
  for (let r = 0; r < rows; r++) {
    const tr = table.insertRow();
    tr.append(Object.assign(document.createElement('th'), { textContent: String(r + 1) }));
    for (let c = 0; c < cols; c++) {
      const td = tr.insertCell();
      const v = values[r][c];
      const address = cellAddress(r, c);
      td.dataset.address = address;
      if (fills[r][c]) {
        td.style.backgroundColor = fills[r][c]!;
        td.dataset.fill = fills[r][c]!;
      }
      if (typeof v === 'string' && /^#[A-Z/0!?]+[!?A]?$/.test(v) && v.length <= 8) {
        const info = workbook.getCell(sheet, address);
        if (info.error) {
          td.className = 'error';
          td.title = info.error.message;
        }
      }
      td.textContent = v === '' ? '' : formatCell(v, formats[r][c]);
      if (typeof v === 'number') td.classList.add('num');
      if (r === 0 && header && typeof v === 'string' && v) td.classList.add('header');
      if (r === selCell.row && c === selCell.col) td.classList.add('selected');
      const formula = workbook.getFormulas(sheet, address)[0][0];
      if (typeof formula === 'string' && formula.startsWith('=')) td.classList.add('formula');
    }
  }
  table.addEventListener('click', (e) => {
    const td = (e.target as HTMLElement).closest('td');
    if (td?.dataset.address) workbook.select(sheet, td.dataset.address);
  });
  $('grid').replaceChildren(table);

  const tabs = workbook.sheetNames().map((name) => {
    const b = Object.assign(document.createElement('button'), { textContent: name, className: name === sheet ? 'tab active' : 'tab' });
    b.addEventListener('click', () => workbook.activate(name));
    return b;
  });
  $('tabs').replaceChildren(...tabs);
  $('notes').replaceChildren(...workbook.notes(sheet).map((n) => Object.assign(document.createElement('li'), { textContent: n })));
  showSelection();
}

function showSelection(): void {
  const { sheet, address } = workbook.getSelection();
  const info = workbook.getCell(sheet, address.split(':')[0]);
  $('cell-name').textContent = info.address;
  $<HTMLInputElement>('formula').value = String(info.formula);
  $('message').textContent = info.error ? `${info.error.code} ${info.error.message}` : info.spilled ? 'Part of a spilled array.' : '';
  $('message').className = info.error ? 'message error' : 'message';
}

$<HTMLInputElement>('formula').addEventListener('keydown', (e) => {
  if (e.key !== 'Enter') return;
  const { sheet, address } = workbook.getSelection();
  const text = (e.target as HTMLInputElement).value;
  const n = Number(text);
  const value = text.trim() === '' ? null : text.startsWith('=') ? text : /^(true|false)$/i.test(text) ? /^true$/i.test(text) : Number.isFinite(n) ? n : text;
  workbook.setValues(sheet, address.split(':')[0], [[value]]);
});

workbook.onChange(() => render());
$('title').textContent = (sample as unknown as WorkbookData).title ?? 'FormaPro preview';
render();
const shim = installExcelShim(workbook);
// Office.js initialises asynchronously: once it reports no host, make sure Excel.run is still the shim's.
if (typeof Office !== 'undefined' && typeof Office.onReady === 'function')
  Office.onReady((info) => {
    const g = globalThis as unknown as { Excel?: { run?: unknown } };
    if (!info.host) g.Excel = Object.assign(g.Excel ?? {}, { run: shim.run });
  });
window.formapro = { workbook, ready: true, shim };
document.body.dataset.ready = 'true';
