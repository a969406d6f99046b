/**
 * The whole catalogue as a HyperFormula FunctionPlugin (formulas evaluated as a user writes them, in a real
 * spreadsheet engine). HyperFormula is GPL-3.0 and a dev-only dependency: this module imports
 * its TYPES only and receives the library at run time, so nothing of HyperFormula is ever bundled with
 * what ships.
 *
 * ```ts
 * import * as hf from 'hyperformula';
 * registerFormaProFunctions(hf);
 * const engine = hf.HyperFormula.buildFromArray([[20, '=FR.PRO_MIN_SALARY(A1, "bac pro", 1766.92)']], { licenseKey: 'gpl-v3' });
 * ```
 *
 * Each catalogue function is registered under `FR.<NAME>`, with the aliases `<NAME>`, `FR.<FRENCH>` and
 * `<FRENCH>` (skipped when HyperFormula already has a function of that name). Arguments reach the
 * catalogue as the cells hold them: an omitted or empty argument and an empty cell are `undefined`/`null`,
 * a range is a matrix (which a scalar argument refuses with `#VALUE!` and a message), an error in an
 * argument propagates as in Excel. Results: DateValue → Excel serial number (typed as a date), matrices
 * spill, FnError → CellError(#VALUE! or #N/A, message).
 *
 * Spill size: HyperFormula fixes an array's size when the formula is entered (parse time), from the
 * values its arguments have then (literals, cells above/left, formulas they depend on). When the size
 * cannot be known then, or a later recalculation produces a larger matrix, the formula shows `#VALUE!`
 * asking to enter it again, never a silently truncated schedule (a smaller one is padded with empty
 * cells); `resizeFormaProSpills(engine)` re-enters those formulas.
 */
import type {
  ArraySize as HfArraySize,
  FunctionMetadata,
  FunctionPluginDefinition,
  ImplementedFunctions,
  SimpleRangeValue as HfSimpleRangeValue,
} from 'hyperformula';
import { CATALOGUE } from '../catalogue/index.js';
import { evaluate } from '../evaluate.js';
import type { FunctionSpec } from '../spec.js';
import { toExcelScalar } from '../format.js';
import type { CellValue, FnValue, Lang, Scalar } from '../values.js';
import { FnError } from '../values.js';

type HF = typeof import('hyperformula');

/** The language of messages and spill headers in the engine (the preview follows the display language). */
let language: Lang = 'en';
export function setFormaProLanguage(lang: Lang): void {
  language = lang;
}

/** Plugin class per HyperFormula class, so that registering twice re-uses the same plugin. */
const plugins = new WeakMap<object, FunctionPluginDefinition>();

/** Names under which `spec` is registered: the canonical id first, then aliases. */
export function hyperFormulaNames(spec: FunctionSpec): string[] {
  const names = [`FR.${spec.name}`, spec.name];
  if (spec.fr && spec.fr !== spec.name) names.push(`FR.${spec.fr}`, spec.fr);
  return [...new Set(names)];
}

/**
 * Registers every catalogue function in HyperFormula's global registry (engines built afterwards see
 * them). Idempotent; calling it again after registering a new language adds the translations the new
 * language needs.
 */
export function registerFormaProFunctions(hf: HF): void {
  let plugin = plugins.get(hf.HyperFormula);
  if (!plugin) {
    plugin = buildPlugin(hf);
    plugins.set(hf.HyperFormula, plugin);
  }
  const ids = [...Object.keys(plugin.implementedFunctions), ...Object.keys(plugin.aliases ?? {})];
  const identity = Object.fromEntries(ids.map((id) => [id, id]));
  const translations: Record<string, Record<string, string>> = {};
  for (const code of hf.HyperFormula.getRegisteredLanguagesCodes()) translations[code] = identity;
  hf.HyperFormula.registerFunctionPlugin(plugin, translations as never);
}

/** The end of the message of a spill whose size changed or was unknown at entry (see resizeFormaProSpills). */
export const RE_ENTER = 'enter the formula again';

/** The public engine methods resizeFormaProSpills uses. */
export interface HyperFormulaEngineLike {
  getSheetNames(): string[];
  getSheetId(name: string): number | undefined;
  getSheetValues(sheet: number): unknown[][];
  getCellFormula(address: { sheet: number; row: number; col: number }): string | undefined;
  setCellContents(address: { sheet: number; row: number; col: number }, content: unknown): unknown;
  batch(fn: () => void): unknown;
}

/**
 * Re-enters every FormaPro formula whose spill could not be sized when it was entered (its arguments
 * were below or to the right, or computed by formulas not evaluated yet) or whose size has changed, so
 * HyperFormula sizes it again from the current values. Returns how many formulas were re-entered.
 * Call it after `buildFromArray`/`buildFromSheets`, and after edits that change a schedule's length.
 */
export function resizeFormaProSpills(engine: HyperFormulaEngineLike, maxPasses = 3): number {
  let total = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const todo: { sheet: number; row: number; col: number; formula: string }[] = [];
    for (const name of engine.getSheetNames()) {
      const sheet = engine.getSheetId(name);
      // Stryker disable next-line ConditionalExpression: every name getSheetNames gives has an id
      if (sheet === undefined) continue;
      engine.getSheetValues(sheet).forEach((row, r) =>
        row.forEach((v, c) => {
          const message = (v as { message?: unknown } | null)?.message;
          if (typeof message !== 'string' || !message.includes(RE_ENTER)) return;
          const formula = engine.getCellFormula({ sheet, row: r, col: c });
          if (formula) todo.push({ sheet, row: r, col: c, formula });
        }),
      );
    }
    // Stryker disable next-line ConditionalExpression: a pass with nothing to re-enter changes nothing (only saves the passes left)
    if (!todo.length) break;
    engine.batch(() => {
      for (const t of todo) engine.setCellContents({ sheet: t.sheet, row: t.row, col: t.col }, t.formula);
    });
    total += todo.length;
  }
  return total;
}

/** An error as Excel writes it (#DIV/0!, #N/A…) from HyperFormula's error type (DIV_BY_ZERO, NA…). */
const EXCEL_ERRORS: Record<string, string> = { DIV_BY_ZERO: '#DIV/0!', NA: '#N/A', NAME: '#NAME?', NUM: '#NUM!', REF: '#REF!', VALUE: '#VALUE!', CYCLE: '#CYCLE!', ERROR: '#ERROR!', SPILL: '#SPILL!', LIC: '#LIC!' };
const excelError = (type: string) => EXCEL_ERRORS[type] ?? `#${type}`;

/** Marks a size that could not be known when the formula was entered. */
const UNKNOWN = Symbol('unknown');

function buildPlugin(hf: HF): FunctionPluginDefinition {
  const { FunctionPlugin, FunctionArgumentType, SimpleRangeValue, CellError, ErrorType, ArraySize, EmptyValue } = hf;

  /** HyperFormula's internal values → catalogue cell values. */
  const toCell = (v: unknown): CellValue => {
    if (v === undefined) return undefined;
    // Stryker disable next-line ConditionalExpression: HyperFormula passes an empty cell as EmptyValue, never null
    if (v === EmptyValue || v === null) return null;
    if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
    if (v instanceof SimpleRangeValue) return (v as HfSimpleRangeValue).data.map((row) => row.map(toCell)) as CellValue[][];
    if (v instanceof CellError) return { error: excelError(String((v as InstanceType<typeof CellError>).type)) };
    // Stryker disable next-line ConditionalExpression,LogicalOperator: only HyperFormula's rich numbers (dates, percents, currencies) get this far
    if (typeof v === 'object' && v !== null && 'val' in v && typeof (v as { val: unknown }).val === 'number') return (v as { val: number }).val;
    return String(v);
  };

  const toHfScalar = (v: Scalar | null): unknown => {
    const x = toExcelScalar(v);
    return x === null ? EmptyValue : x;
  };

  const toHf = (v: FnValue | FnError): unknown => {
    if (v instanceof FnError) return new CellError(v.code === '#N/A' ? ErrorType.NA : ErrorType.VALUE, v.text(language));
    if (Array.isArray(v)) {
      const width = Math.max(1, ...v.map((r) => r.length));
      // Stryker disable next-line ConditionalExpression,EqualityOperator: every table of the catalogue is rectangular; the padding is for a defect
      const rows = v.map((r) => Array.from({ length: width }, (_, i) => toHfScalar(i < r.length ? r[i] : null)));
      return SimpleRangeValue.onlyValues(rows as never);
    }
    return toHfScalar(v);
  };

  const isDate = (spec: FunctionSpec) => spec.result.type === 'date' && !spec.result.matrix;

  const implementedFunctions: ImplementedFunctions = {};
  const aliases: Record<string, string> = {};
  const existing = new Set(hf.HyperFormula.getRegisteredFunctionNames('enGB'));

  class FormaProPlugin extends FunctionPlugin {}
  const proto = FormaProPlugin.prototype as unknown as Record<string, unknown>;

  for (const spec of CATALOGUE) {
    const [id, ...others] = hyperFormulaNames(spec);
    const method = `formapro_${spec.name}`;
    const metadata: FunctionMetadata = {
      method,
      // Every argument optional and of any kind: the catalogue's coercion names the missing or unusable
      // argument in its #VALUE! message, which HyperFormula's own checks would not.
      parameters: spec.params.map(() => ({ argumentType: FunctionArgumentType.ANY, optionalArg: true })),
      vectorizationForbidden: true,
      isVolatile: spec.volatile === true,
    };
    if (isDate(spec)) metadata.returnNumberType = hf.CellValueDetailedType.NUMBER_DATE as FunctionMetadata['returnNumberType'];
    if (spec.result.matrix) metadata.sizeOfResultArrayMethod = `${method}_size`;
    implementedFunctions[id] = metadata;
    for (const alias of others) {
      // Stryker disable next-line ConditionalExpression,LogicalOperator,BooleanLiteral: no catalogue name is also a HyperFormula function today
      if (existing.has(alias) && !existing.has(id)) continue; // never shadow a HyperFormula function
      aliases[alias] = id;
    }

    proto[method] = function (this: PluginInternals, ast: ProcedureAst, state: InterpreterStateLike) {
      return this.runFunction(ast.args, state, metadata, (...args: unknown[]) => {
        const value = evaluate(spec.name, trimTrailing(args.map(toCell)), language).value;
        if (spec.result.matrix && Array.isArray(value)) {
          const misfit = spillMisfit(this, ast, state, value);
          if (misfit) return new CellError(ErrorType.VALUE, `${id}: ${misfit}`);
        }
        return toHf(value);
      });
    };

    if (spec.result.matrix) {
      proto[`${method}_size`] = function (this: PluginInternals, ast: ProcedureAst, state: InterpreterStateLike): HfArraySize {
        const args = staticArguments(this, ast, state, EmptyValue);
        if (args === UNKNOWN) return ArraySize.scalar();
        const value = evaluate(spec.name, trimTrailing(args.map(toCell)), language).value;
        // Stryker disable next-line ConditionalExpression,LogicalOperator: no catalogue function returns an empty table
        if (!Array.isArray(value) || value.length === 0) return ArraySize.scalar();
        const width = Math.max(1, ...value.map((r) => r.length));
        return new ArraySize(width, value.length);
      };
    }
  }

  const def = FormaProPlugin as unknown as FunctionPluginDefinition & { implementedFunctions: ImplementedFunctions; aliases: Record<string, string> };
  def.implementedFunctions = implementedFunctions;
  def.aliases = aliases;
  return def;
}

// --- HyperFormula internals this adapter relies on (typed loosely: they are protected or internal) ---

interface ProcedureAst {
  args: AstLike[];
}
interface InterpreterStateLike {
  formulaAddress: unknown;
  arraysFlag?: boolean;
}
interface PluginInternals {
  runFunction(args: unknown[], state: InterpreterStateLike, metadata: FunctionMetadata, fn: (...a: unknown[]) => unknown): unknown;
  evaluateAst(ast: unknown, state: InterpreterStateLike): unknown;
  dependencyGraph: { getCell(address: unknown): unknown };
}

/** Drops trailing omitted arguments, so `F(a, b, )` is `F(a, b)` for the argument-count check. */
function trimTrailing(args: CellValue[]): CellValue[] {
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n--;
  return args.slice(0, n);
}

/**
 * Argument values known when the formula is entered: literals, expressions over them, and cells already
 * computed. UNKNOWN when an argument needs a value not computed yet.
 */
function staticArguments(plugin: PluginInternals, ast: ProcedureAst, state: InterpreterStateLike, empty: symbol): unknown[] | typeof UNKNOWN {
  try {
    // Stryker disable next-line ConditionalExpression: an empty argument evaluates to the empty value too
    return ast.args.map((a) => (a.type === 'EMPTY' ? empty : staticValue(plugin, a, state)));
  } catch {
    return UNKNOWN;
  }
}

/**
 * One argument's value at parse time. While a workbook is being built, referenced formula cells are not
 * computed yet: those the argument depends on (`=DATE(2003,2,12)`, `=B1+49`…) are computed first, in
 * dependency order, and HyperFormula recomputes them all again in its own evaluation right after.
 */
function staticValue(plugin: PluginInternals, a: AstLike, state: InterpreterStateLike): unknown {
  precompute(plugin, a, state.formulaAddress, new Set(), 0);
  return plugin.evaluateAst(a, state);
}

interface AstLike {
  type: string;
  reference?: { toSimpleCellAddress(base: unknown): unknown };
  args?: AstLike[];
  left?: AstLike;
  right?: AstLike;
  value?: unknown;
  expression?: AstLike;
}
interface VertexLike {
  formula?: AstLike;
  isComputed?(): boolean;
  setCellValue?(v: unknown): unknown;
}

function precompute(plugin: PluginInternals, ast: AstLike, base: unknown, seen: Set<string>, depth: number): void {
  if (depth > 32) throw new Error('formula chain too deep to size the spill');
  const children = [ast.left, ast.right, ast.expression, ...(ast.args ?? [])];
  if (ast.value && typeof ast.value === 'object' && 'type' in (ast.value as object)) children.push(ast.value as AstLike);
  for (const c of children) if (c) precompute(plugin, c, base, seen, depth + 1);
  if (ast.type !== 'CELL_REFERENCE' || !ast.reference) return;
  const address = ast.reference.toSimpleCellAddress(base);
  const key = JSON.stringify(address);
  if (seen.has(key)) return;
  seen.add(key);
  const vertex = plugin.dependencyGraph.getCell(address) as VertexLike | undefined;
  if (!vertex?.formula || typeof vertex.isComputed !== 'function' || vertex.isComputed() || !vertex.setCellValue) return;
  precompute(plugin, vertex.formula, address, seen, depth + 1);
  vertex.setCellValue(plugin.evaluateAst(vertex.formula, { formulaAddress: address, arraysFlag: false }));
}

/**
 * When the call is the whole formula of an array cell, the result must fit the size reserved at parse
 * time; returns the message when it does not (HyperFormula would otherwise fail on a larger array).
 */
function spillMisfit(plugin: PluginInternals, ast: ProcedureAst, state: InterpreterStateLike, value: unknown[][]): string | undefined {
  let vertex: { formula?: unknown; width?: number; height?: number; array?: unknown } | undefined;
  try {
    vertex = plugin.dependencyGraph.getCell(state.formulaAddress) as typeof vertex;
  } catch {
    return undefined;
  }
  if (!vertex || vertex.formula !== ast) return undefined; // nested in another formula: that one decides
  const height = value.length;
  const width = Math.max(1, ...value.map((r) => r.length));
  const reservedW = vertex.width ?? 1;
  const reservedH = vertex.height ?? 1;
  if (!('array' in vertex)) {
    if (height === 1 && width === 1) return undefined;
    return `the result is ${height} rows × ${width} columns, but its size could not be known when the formula was entered (an argument refers to a cell not yet calculated); ${RE_ENTER}`;
  }
  if (height > reservedH || width > reservedW)
    return `the result now has ${height} rows × ${width} columns, but the formula reserved ${reservedH} × ${reservedW} when it was entered; ${RE_ENTER} to resize the spill`;
  return undefined;
}
