/**
 * Excel metadata from the catalogue (the one source of truth): the TypeScript file of JSDoc-annotated
 * `@customfunction` wrappers that custom-functions-metadata reads, the post-processing of its output,
 * and the French metadata file (Excel's localisation mechanism: one functions JSON per language, chosen
 * by a `bt:Override Locale="fr-FR"` on the metadata URL in the manifest; ids never change, names and
 * descriptions do).
 */
import type { FunctionSpec, ParamSpec } from '@formapro/functions';

/** Where the add-in is served; the manifest, help URLs and metadata all use it. */
export const DEFAULT_BASE_URL = 'https://localhost:3000';

export function baseUrl(): string {
  return (process.env.FORMAPRO_ADDIN_URL ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
}

export const helpUrl = (base: string, spec: FunctionSpec, lang: 'en' | 'fr') =>
  `${base}/help/${lang === 'fr' ? 'fr/' : ''}${spec.name}.html`;

/**
 * The longest string a metadata file may hold: Excel documents 256 as the limit for descriptions, and a
 * metadata file Excel rejects means no function at all, so every string is kept to 255.
 */
export const METADATA_MAX = 255;

/**
 * `text` within `max` characters: whole sentences (or clauses ending in ";") while they fit, else cut at a
 * word with "…". The full text stays on the function's help page (helpUrl).
 */
export function fitMetadata(text: string, max = METADATA_MAX): string {
  if (text.length <= max) return text;
  const ends = [...text.matchAll(/[.;:](?=\s)|\)(?=\.?\s)/g)].map((m) => m.index! + 1).filter((i) => i <= max - 1 && i >= max / 3);
  if (ends.length) return `${text.slice(0, ends.at(-1)).replace(/[;:]$/, '').trimEnd()}…`.replace(/\.…$/, '.');
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

/** A tooltip for one value of an enum, in both languages: what the code means (Excel shows it beside the code). */
const CHOICE_TIPS: Record<string, { en: string; fr: string }> = {
  none: { en: 'No diploma or qualification', fr: 'Aucun diplôme ni titre' },
  cap: { en: 'CAP (below bac pro level)', fr: 'CAP (en dessous du niveau bac pro)' },
  bep: { en: 'BEP (below bac pro level)', fr: 'BEP (en dessous du niveau bac pro)' },
  bac: { en: 'General or technological bac: does not give the higher rate', fr: 'Bac général ou technologique : ne donne pas le taux majoré' },
  'bac pro': { en: 'Bac professionnel: gives the higher rate', fr: 'Bac professionnel : donne le taux majoré' },
  bp: { en: 'Brevet professionnel (professional, bac level)', fr: 'Brevet professionnel (professionnel, niveau bac)' },
  bts: { en: 'BTS (professional, bac+2)', fr: 'BTS (professionnel, bac+2)' },
  dut: { en: 'DUT (bac+2)', fr: 'DUT (bac+2)' },
  but: { en: 'BUT (bac+3)', fr: 'BUT (bac+3)' },
  licence: { en: 'Licence (bac+3)', fr: 'Licence (bac+3)' },
  'licence pro': { en: 'Licence professionnelle (bac+3)', fr: 'Licence professionnelle (bac+3)' },
  master: { en: 'Master (bac+5)', fr: 'Master (bac+5)' },
  doctorat: { en: 'Doctorate (bac+8)', fr: 'Doctorat (bac+8)' },
  monthly: { en: 'Monthly SMIC (35 h, or the weekly hours given)', fr: 'SMIC mensuel (35 h, ou la durée hebdomadaire donnée)' },
  hourly: { en: 'Hourly SMIC', fr: 'SMIC horaire' },
  min: { en: 'Least training hours', fr: 'Heures de formation minimales' },
  max: { en: 'Most training hours', fr: 'Heures de formation maximales' },
  CDD: { en: 'Fixed-term contract', fr: 'Contrat à durée déterminée' },
  CDI: { en: 'Open-ended contract (the action de professionnalisation at its start)', fr: "Contrat à durée indéterminée (l'action de professionnalisation au début)" },
  even: { en: 'OPCO funding spread evenly over the months', fr: 'Prise en charge OPCO répartie sur les mois' },
  start: { en: 'OPCO funding all in the first month', fr: 'Prise en charge OPCO en totalité le premier mois' },
};

/** The tooltip of one enum value in `lang`: its own meaning when known, else the argument's help. */
export function choiceTip(param: ParamSpec, choice: string, lang: 'en' | 'fr'): string {
  const own = CHOICE_TIPS[choice]?.[lang];
  return fitMetadata(own ? `${choice}${lang === 'fr' ? ' :' : ':'} ${own}` : param.description[lang]);
}

/** Excel metadata JSON (the subset this add-in produces). */
export interface ExcelParam {
  name: string;
  description?: string;
  type?: 'number' | 'string' | 'boolean' | 'any';
  dimensionality?: 'scalar' | 'matrix';
  optional?: boolean;
  customEnumId?: string;
}
export interface ExcelFunction {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: ExcelParam[];
  result: { type?: string; dimensionality?: string };
  options?: { volatile?: boolean; stream?: boolean; cancelable?: boolean };
}
export interface ExcelEnum {
  id: string;
  type: 'string' | 'number';
  values: { name: string; stringValue?: string; numberValue?: number; tooltip?: string }[];
}
export interface ExcelMetadata {
  allowCustomDataForDataTypeAny?: boolean;
  functions: ExcelFunction[];
  enums?: ExcelEnum[];
}

const RESERVED = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await arguments eval'.split(' '),
);

/** The JavaScript identifier of a parameter (the Excel name is set back to the spec's name afterwards). */
export const paramIdent = (p: ParamSpec) => (RESERVED.has(p.name) ? `${p.name}_` : p.name);

/** Enum id per distinct (parameter name, choices); QUALIFICATION, BOUND, UNIT… */
export function enumsOf(catalogue: readonly FunctionSpec[]): Map<string, { id: string; param: ParamSpec; choices: string[] }> {
  const byKey = new Map<string, { id: string; param: ParamSpec; choices: string[] }>();
  const used = new Set<string>();
  for (const spec of catalogue)
    for (const p of spec.params) {
      if (!p.choices?.length) continue;
      const key = enumKey(p);
      if (byKey.has(key)) continue;
      let id = p.name.toUpperCase();
      for (let i = 2; used.has(id); i++) id = `${p.name.toUpperCase()}_${i}`;
      used.add(id);
      byKey.set(key, { id, param: p, choices: [...p.choices] });
    }
  return byKey;
}
export const enumKey = (p: ParamSpec) => `${p.name}:${(p.choices ?? []).join('|')}`;

/** JSDoc text on one line, without anything that would close the comment or start a tag. */
function doc(text: string): string {
  return text.replace(/\*\//g, '* /').replace(/\s*\n\s*/g, ' ').replace(/(^|\s)@/g, '$1(at)');
}

function tsType(p: ParamSpec, enumId: string | undefined): string {
  if (p.range) return 'any[][]'; // a range of cells (dimensionality matrix)
  if (enumId) return enumId;
  switch (p.type) {
    case 'number':
      return 'number';
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    default:
      return 'any'; // dates (serial number or ISO text) and mixed codes
  }
}

function resultType(spec: FunctionSpec): string {
  if (spec.result.matrix) return 'any[][]';
  switch (spec.result.type) {
    case 'number':
    case 'date': // an Excel serial number, formatted as a date by the sheet
      return 'number';
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    default:
      return 'any';
  }
}

/**
 * The TypeScript source custom-functions-metadata reads: one enum per set of choices, one wrapper per
 * catalogue function, each calling `invoke` (Excel conversions) with its arguments in catalogue order.
 */
export function wrapperSource(catalogue: readonly FunctionSpec[], base: string): string {
  const enums = enumsOf(catalogue);
  const out: string[] = [
    '// GENERATED by apps/excel-addin/scripts/generate.ts from the catalogue of @formapro/functions.',
    '// Do not edit: every build regenerates it (and custom-functions-metadata reads it to write functions.json).',
    '/* eslint-disable */',
    "import { invoke } from './excel';",
    '',
  ];
  for (const { id, param, choices } of enums.values()) {
    out.push('/**', ` * ${doc(param.description.en)}`, ' * @customenum {string}', ' */', `export enum ${id} {`);
    choices.forEach((c, i) => out.push(`  /** ${doc(c)} */`, `  V${i} = ${JSON.stringify(c)},`));
    out.push('}', '');
  }
  const names: string[] = [];
  for (const spec of catalogue) {
    const firstOptional = spec.params.findIndex((p) => p.optional);
    if (firstOptional >= 0 && spec.params.slice(firstOptional).some((p) => !p.optional))
      throw new Error(`${spec.name}: a required argument follows an optional one; Excel (and TypeScript) need optional arguments last`);
    if (!/^[A-Z][A-Z0-9_.]{2,}$/.test(spec.name)) throw new Error(`${spec.name}: not a valid Excel custom-function id`);
    const sig: string[] = [];
    const lines = ['/**', ` * ${doc(spec.description.en)}`, ` * @customfunction ${spec.name} ${spec.name}`, ` * @helpurl ${helpUrl(base, spec, 'en')}`];
    if (spec.volatile) lines.push(' * @volatile');
    for (const p of spec.params) {
      const e = p.choices?.length ? enums.get(enumKey(p))!.id : undefined;
      const ident = paramIdent(p);
      lines.push(` * @param ${p.optional ? `[${ident}]` : ident} ${doc(p.description.en)}`);
      sig.push(`${ident}${p.optional ? '?' : ''}: ${tsType(p, e)}`);
    }
    lines.push(` * @returns ${doc(resultHelp(spec))}`, ' */');
    out.push(...lines);
    out.push(`export function ${spec.name}(${sig.join(', ')}): ${resultType(spec)} {`);
    out.push(`  return invoke(${JSON.stringify(spec.name)}, [${spec.params.map(paramIdent).join(', ')}]);`);
    out.push('}', '');
    names.push(spec.name);
  }
  out.push('/** Every wrapper by its Excel id, for CustomFunctions.associate. */');
  out.push(`export const FUNCTIONS: Record<string, (...args: any[]) => unknown> = { ${names.join(', ')} };`, '');
  return out.join('\n');
}

function resultHelp(spec: FunctionSpec): string {
  if (spec.result.matrix) return 'A table that spills into the cells below and to the right';
  if (spec.result.type === 'date') return 'A date (Excel serial number: format the cell as a date)';
  return spec.result.type === 'any' ? 'The result' : `A ${spec.result.type}`;
}

/**
 * Tidies what custom-functions-metadata wrote and checks it against the catalogue: parameter names are
 * the spec's (not the JavaScript identifiers), enum members show their code, and every function and
 * argument is there with the spec's optionality.
 */
export function finishEnglish(meta: ExcelMetadata, catalogue: readonly FunctionSpec[], base?: string): ExcelMetadata {
  const enums = enumsOf(catalogue);
  for (const e of meta.enums ?? []) {
    const source = [...enums.values()].find((x) => x.id === e.id);
    if (!source) continue;
    e.values.forEach((v, i) => {
      v.name = source.choices[i];
      v.tooltip = choiceTip(source.param, source.choices[i], 'en');
    });
  }
  const byId = new Map(meta.functions.map((f) => [f.id, f]));
  for (const spec of catalogue) {
    const f = byId.get(spec.name);
    if (!f) throw new Error(`custom-functions-metadata did not emit ${spec.name}`);
    if (f.parameters.length !== spec.params.length) throw new Error(`${spec.name}: ${f.parameters.length} parameters in metadata, ${spec.params.length} in the catalogue`);
    if (base !== undefined) f.helpUrl = helpUrl(base, spec, 'en'); // the build's base, whatever generated.ts was written with
    f.description = fitMetadata(spec.description.en);
    spec.params.forEach((p, i) => {
      f.parameters[i].name = p.name;
      f.parameters[i].description = fitMetadata(p.description.en);
      if (!!f.parameters[i].optional !== !!p.optional) throw new Error(`${spec.name}.${p.name}: optionality differs from the catalogue`);
    });
  }
  return meta;
}

/** The same metadata for French Excel: same ids, types and enum values; French names and help. */
export function frenchMetadata(en: ExcelMetadata, catalogue: readonly FunctionSpec[], base: string): ExcelMetadata {
  const fr: ExcelMetadata = JSON.parse(JSON.stringify(en));
  const specs = new Map(catalogue.map((s) => [s.name, s]));
  const enums = enumsOf(catalogue);
  for (const f of fr.functions) {
    const spec = specs.get(f.id);
    if (!spec) continue;
    f.name = spec.fr;
    f.description = fitMetadata(spec.description.fr);
    f.helpUrl = helpUrl(base, spec, 'fr');
    f.parameters.forEach((p, i) => {
      p.name = spec.params[i].fr;
      p.description = fitMetadata(spec.params[i].description.fr);
    });
  }
  for (const e of fr.enums ?? []) {
    const source = [...enums.values()].find((x) => x.id === e.id);
    if (source) e.values.forEach((v, i) => (v.tooltip = choiceTip(source.param, source.choices[i], 'fr')));
  }
  return fr;
}
