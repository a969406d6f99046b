/**
 * The CLI as a shell user runs it: `formapro fn NAME ARGS…` prints the value (first line
 * of stdout) or the Excel error and its message on stderr with exit code 1. The done-when
 * commands are checked exactly as written. Everything runs the installed bin (bin/formapro.mjs → the
 * bundle), a few cases also from the TypeScript sources; run.ts starts at most a few processes at once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin as formapro, formapro as fromSource, linkedBin, pnpmFormapro, ROOT } from './run.js';

describe.concurrent('done-when commands of the issue', () => {
  it('A5 D6325-15: `pnpm -s formapro fn PRO_MIN_SALARY 23 none 1766.92` prints 1236.85 (0.70 × 1,766.92 = 1,236.844 → up)', async () => {
    const r = await pnpmFormapro('fn', 'PRO_MIN_SALARY', '23', 'none', '1766.92');
    expect(r).toEqual({ stdout: '1236.85\n', stderr: '', code: 0 });
  });
  it('A5 D6325-16: `pnpm -s formapro fn PRO_MIN_SALARY_AT 2003-03-03 2024-04-15 none` prints 1236.85 (21 on 3 March → 70 % from 1 April)', async () => {
    const r = await pnpmFormapro('fn', 'PRO_MIN_SALARY_AT', '2003-03-03', '2024-04-15', 'none');
    expect(r).toEqual({ stdout: '1236.85\n', stderr: '', code: 0 });
  });
  it('L6325-1: `pnpm -s formapro fn PRO_MIN_SALARY 15 none 1766.92` prints #VALUE! naming age, 16 and L6325-1 on stderr, exit 1', async () => {
    const r = await pnpmFormapro('fn', 'PRO_MIN_SALARY', '15', 'none', '1766.92');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^#VALUE! age: 15 is below 16\b.*L6325-1/);
  });
});

describe.concurrent('formapro fn', () => {
  it('A5 D6325-16 --explain: the value first, then the articles with Légifrance links', async () => {
    const r = await formapro('fn', 'PRO_MIN_SALARY_AT', '2003-03-03', '2024-04-15', 'none', '--explain');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('1236.85');
    expect(r.stdout).toMatch(/Articles applied:/);
    for (const a of ['D6325-15', 'D6325-16', 'L3231-2'])
      expect(r.stdout).toContain(`${a}`.padEnd(8) + '  https://www.legifrance.gouv.fr/search/code?tab_selection=code&searchField=NUM_ARTICLE&query=' + a);
  });
  it('L3231-2: SMIC of 2010-01-01 is before the series → #N/A with its message, exit 1', async () => {
    const r = await formapro('fn', 'SMIC', '2010-01-01');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^#N\/A date: 2010-01-01 is outside/);
  });
  it('L3231-2: SMIC 2024-03-15 = 1766.92; SMIC 2024-11-01 = 1801.8 (11.88 × 151 2/3)', async () => {
    expect((await formapro('fn', 'SMIC', '2024-03-15')).stdout).toBe('1766.92\n');
    expect((await formapro('fn', 'SMIC', '2024-11-01')).stdout).toBe('1801.8\n');
  });
  it('an UNVERIFIED value is printed with a warning on stderr (stdout stays the value)', async () => {
    const r = await formapro('fn', 'SMIC', '2026-06-15');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('1867.02\n');
    expect(r.stderr).toMatch(/UNVERIFIED/);
  });
  it('A8 D6325-16: PRO_SALARY_SCHEDULE prints tab-separated lines, dates ISO', async () => {
    const r = await formapro('fn', 'PRO_SALARY_SCHEDULE', '2003-02-12', '2024-02-12', '2024-04-30', 'none');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(['Month\tAge\tRate\tSMIC\tMinimum\tDays\tDue', '2024-02-01\t21\t0.55\t1766.92\t971.81\t18/29\t603.19', '2024-03-01\t21\t0.7\t1766.92\t1236.85\t31/31\t1236.85', '2024-04-01\t21\t0.7\t1766.92\t1236.85\t30/30\t1236.85', ''].join('\n'));
  });
  it('French name, FR. prefix, decimal comma as text: FR.PRO_SALAIRE_MIN 20 "bac pro" 1766,92 → 1148.5 (A2: 0.65 × 1,766.92)', async () => {
    const r = await formapro('fn', 'FR.PRO_SALAIRE_MIN', '20', 'bac pro', '1766,92');
    expect(r).toEqual({ stdout: '1148.5\n', stderr: '', code: 0 });
  });
  it('A2 D6325-15: "" is an omitted argument: PRO_MIN_SALARY 20 "bac pro" "" "" 2024-03-15 → 1148.5', async () => {
    const r = await formapro('fn', 'PRO_MIN_SALARY', '20', 'bac pro', '', '', '2024-03-15');
    expect(r).toEqual({ stdout: '1148.5\n', stderr: '', code: 0 });
  });
  it('a negative number is an argument, not an option: -5 → #VALUE! naming age', async () => {
    const r = await formapro('fn', 'PRO_MIN_SALARY', '-5', 'none', '1766.92');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^#VALUE! age: -5 is below 16/);
  });
  it('TRUE/FALSE are booleans: PRO_MAX_DURATION TRUE "" 2024-01-01 → 36 (L6325-11)', async () => {
    const r = await formapro('fn', 'PRO_MAX_DURATION', 'TRUE', '', '2024-01-01');
    expect(r).toEqual({ stdout: '36\n', stderr: '', code: 0 });
  });
  it('D6325-1: a date result prints as ISO: PRO_DEPOSIT_DEADLINE 2024-03-04 → 2024-03-09', async () => {
    expect((await formapro('fn', 'PRO_DEPOSIT_DEADLINE', '2024-03-04')).stdout).toBe('2024-03-09\n');
  });
  it('--json: value, articles with URLs, warnings', async () => {
    const r = await formapro('fn', 'PRO_MIN_SALARY', '23', 'none', '1766.92', '--json');
    const j = JSON.parse(r.stdout);
    expect(j.value).toBe(1236.85);
    expect(j.articles.map((a: { article: string }) => a.article)).toContain('D6325-15');
    expect(j.articles[0].url).toMatch(/^https:\/\/www\.legifrance\.gouv\.fr\//);
  });
  it('unknown function: #NAME? with close names, exit 2', async () => {
    const r = await formapro('fn', 'PRO_MIN_SALRY', '23');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^#NAME\? unknown function PRO_MIN_SALRY\. Did you mean: PRO_MIN_SALARY\b/);
  });
  it('too many arguments: #VALUE!, exit 1', async () => {
    const r = await formapro('fn', 'PRO_DEPOSIT_DEADLINE', '2024-03-04', '1');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^#VALUE! PRO_DEPOSIT_DEADLINE takes at most 1 argument/);
  });
  it('fn NAME --help: the help page generated from the spec (arguments, example)', async () => {
    const r = await formapro('fn', 'PRO_MIN_SALARY', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^FR\.PRO_MIN_SALARY\(age, qualification, \[smic\], \[conventional_minimum\], \[date\], \[weekly_hours\], \[overtime_rate\]\)/);
    expect(r.stdout).toContain('FR.PRO_SALAIRE_MIN(age; diplome;');
    expect(r.stdout).toContain('formapro fn PRO_MIN_SALARY 23 none 1766.92');
  });
  it('fn NAME --help --lang fr: in French', async () => {
    const r = await formapro('fn', 'PRO_MIN_SALARY', '--help', '--lang', 'fr');
    expect(r.stdout).toMatch(/^FR\.PRO_SALAIRE_MIN\(age; diplome;/);
    expect(r.stdout).toContain('Salaire brut mensuel minimum');
    expect(r.stdout).toContain('Excel: =FR.PRO_SALAIRE_MIN(23; "none"; 1766,92)');
  });
  it('no function name: usage error, exit 2', async () => {
    const r = await formapro('fn');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/which function/);
  });
  it('the TypeScript sources and the bundle give the same answers (value, error, help)', async () => {
    for (const args of [['fn', 'PRO_MIN_SALARY', '23', 'none', '1766.92'], ['fn', 'PRO_MIN_SALARY', '-Infinity', 'none'], ['fn', 'SMIC', '--help']])
      expect(await formapro(...args)).toEqual(await fromSource(...args));
  });
  it('node_modules/.bin/formapro (linked by pnpm install) prints 1236.85', async () => {
    expect(await linkedBin('fn', 'PRO_MIN_SALARY', '23', 'none', '1766.92')).toEqual({ stdout: '1236.85\n', stderr: '', code: 0 });
  });
});

describe.concurrent('everything after the function name is an argument value', () => {
  it('-Infinity is an age, not an option: #VALUE! naming age, exit 1', async () => {
    const r = await formapro('fn', 'PRO_MIN_SALARY', '-Infinity', 'none');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^#VALUE! age: "-Infinity" is not an age/);
  });
  it('-5 with --explain after it: the error, then the article of the age limit', async () => {
    const r = await formapro('fn', 'PRO_MIN_SALARY', '-5', 'none', '1766.92', '--explain');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^#VALUE! age: -5 is below 16\b/);
    expect(r.stderr).toMatch(/L6325-1 +https:\/\/www\.legifrance\.gouv\.fr\//);
  });
  it('a word like an option after the name is a text value: SMIC --bogus → #VALUE! naming date, exit 1', async () => {
    const r = await formapro('fn', 'SMIC', '--bogus');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^#VALUE! date: "--bogus" is not a date/);
  });
  it('fn options still work anywhere: --lang fr before the name and --json after the values', async () => {
    const r = await formapro('fn', '--lang', 'fr', 'PRO_MIN_SALARY', '23', 'none', '1766.92', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).value).toBe(1236.85);
  });
  it('after -- every word is a value, even --explain', async () => {
    const r = await formapro('fn', 'SMIC', '--', '--explain');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^#VALUE! date: "--explain" is not a date/);
  });
});

describe.concurrent('formapro functions, schedule, sample, --help', () => {
  it('functions: one line per catalogue function, with the count', async () => {
    const r = await formapro('functions');
    expect(r.code).toBe(0);
    for (const n of ['SMIC', 'PRO_MIN_SALARY', 'PRO_SALARY_SCHEDULE', 'PRO_DEPOSIT_DEADLINE']) expect(r.stdout).toMatch(new RegExp(`^  ${n} `, 'm'));
    expect(r.stdout).toMatch(/\d+ functions\./);
  });
  it('fn --list is the same listing', async () => {
    expect((await formapro('fn', '--list')).stdout).toBe((await formapro('functions')).stdout);
  });
  it('A8 D6325-16 schedule: aligned table, 55 % in February then 70 %, SMIC rise in November 2024, total, articles', async () => {
    const r = await formapro('schedule', '--birth-date', '2003-02-12', '--start', '2024-02-12', '--end', '2025-02-11', '--qualification', 'none');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^Month\s+Age\s+Rate\s+SMIC\s+Minimum\s+Days\s+Due$/);
    expect(r.stdout).toMatch(/^2024-02\*\s+21\s+55 %\s+1766\.92\s+971\.81\s+18\/29\s+603\.19$/m);
    expect(r.stdout).toMatch(/^2024-03\s+21\s+70 %\s+1766\.92\s+1236\.85\s+31\/31\s+1236\.85$/m);
    expect(r.stdout).toMatch(/^2024-11\s+21\s+70 %\s+1801\.80\s+1261\.26\s+30\/30\s+1261\.26$/m);
    // end on 2025-02-11: 1,261.26 × 11/28 = 495.495 → up 495.50
    expect(r.stdout).toMatch(/^2025-02\*\s+21\s+70 %\s+1801\.80\s+1261\.26\s+11\/28\s+495\.50$/m);
    // Minimum: 971.81 + 8 × 1,236.85 + 4 × 1,261.26 = 15,911.65; Due: 603.19 + 9,894.80 + 3 × 1,261.26 + 495.50 = 14,777.27
    expect(r.stdout).toMatch(/^Total \(13 months\)\s+15911\.65\s+14777\.27$/m);
    expect(r.stdout).toMatch(/^\s+D6325-16\s+https:\/\/www\.legifrance\.gouv\.fr\//m);
  });
  it('schedule --format csv and json', async () => {
    const csv = await formapro('schedule', '--birth-date', '12/02/2003', '--start', '12/02/2024', '--end', '31/03/2024', '--qualification', 'none', '--format', 'csv');
    expect(csv.stdout).toBe('Month,Age,Rate,SMIC,Minimum,Days,Due\n2024-02-01,21,0.55,1766.92,971.81,18/29,603.19\n2024-03-01,21,0.7,1766.92,1236.85,31/31,1236.85\n');
    const json = JSON.parse((await formapro('schedule', '--birth-date', '2003-02-12', '--start', '2024-02-12', '--end', '2024-03-31', '--qualification', 'none', '--format', 'json')).stdout);
    expect(json.rows[1]).toEqual({ month: '2024-03-01', age: 21, rate: 0.7, smic: 1766.92, minimum: 1236.85, days: '31/31', due: 1236.85 });
    expect(json.total).toBe(2208.66);
    expect(json.totalDue).toBe(1840.04); // 603.19 + 1,236.85
  });
  it('schedule with bad input: #VALUE! naming the argument, exit 1; a missing option: exit 2', async () => {
    const r = await formapro('schedule', '--birth-date', '2003-02-12', '--start', '2024-02-12', '--end', '2024-01-31', '--qualification', 'none');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^#VALUE! end: /);
    const u = await formapro('schedule', '--start', '2024-02-12');
    expect(u.code).toBe(2);
    expect(u.stderr).toMatch(/--birth-date/);
  });
  it('sample: the embedded contract, its schedule and key figures, exit 0', async () => {
    const r = await formapro('sample');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2003-02-12');
    expect(r.stdout).toMatch(/Total \(13 months\)\s+15911\.65/);
    expect(r.stdout).toMatch(/Training hours, at least\s+273\b/);
    expect(r.stdout).toMatch(/Send the contract to the OPCO by\s+2024-02-17\b/);
  });
  it('--help speaks to a payroll accountant, with examples; exit 0', async () => {
    const r = await formapro('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('formapro fn PRO_MIN_SALARY 23 none 1766.92');
    expect(r.stdout).toContain('schedule');
  });
  it('unknown option before the function name: usage error, exit 2', async () => {
    const r = await formapro('fn', '--bogus', 'SMIC');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--bogus'/);
  });
  it('the root package links the bin: formapro is a devDependency of the root and the bin is committed', () => {
    const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(root.devDependencies['@formapro/cli']).toBe('workspace:*');
    expect(root.scripts.formapro).toBe('formapro');
    const cli = JSON.parse(readFileSync(join(ROOT, 'apps/cli/package.json'), 'utf8'));
    expect(cli.bin.formapro).toBe('./bin/formapro.mjs');
    // What `npm install -g` of the packed tarball needs: bin and bundle only, no workspace dependency at run time.
    expect(cli.files).toEqual(['bin', 'dist']);
    expect(cli.dependencies ?? {}).toEqual({});
  });
});
