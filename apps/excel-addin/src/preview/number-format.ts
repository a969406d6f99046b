/**
 * The few Excel number formats the preview shows (the sheet formats numbers; functions return plain
 * numbers and date serials, as in Excel): General, 0 / 0.00 / #,##0.00 (with an optional " €" suffix),
 * 0% / 0.0%, and dates written with yyyy, mm, dd.
 */
import { fromExcelSerial } from '@formapro/core';

export function formatCell(value: number | string | boolean, format: string): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const f = format.trim();
  if (!f || f === 'General') return general(value);
  if (/y|d/i.test(f) && /m/i.test(f)) {
    const iso = fromExcelSerial(value);
    if (!iso) return general(value);
    const [y, m, d] = iso.split('-');
    return f.replace(/yyyy/i, y).replace(/mm/i, m).replace(/dd/i, d);
  }
  const percent = f.endsWith('%');
  const body = f.replace(/%$/, '');
  const suffix = /(\s*[^#0.,]+)$/.exec(body)?.[1] ?? '';
  const pattern = body.slice(0, body.length - suffix.length);
  const decimals = /\.(0+)/.exec(pattern)?.[1].length ?? 0;
  const n = percent ? value * 100 : value;
  let text = n.toFixed(decimals);
  if (pattern.includes(',')) {
    const [int, frac] = text.split('.');
    text = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
  }
  return text + (percent ? '%' : '') + suffix;
}

function general(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(11)));
}
