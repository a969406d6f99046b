// `pnpm test:mutation`: runs Stryker (stryker.config.mjs), then prints as its last line
// {"mutation_score": N, "killed": K, "total": T, "survived": S} from the JSON report.
// killed = Killed + Timeout (a mutant that makes a test hang is detected); survived = Survived + NoCoverage (no
// test noticed it); total = killed + survived. Compile and runtime errors and ignored mutants are not counted.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const run = spawnSync('pnpm', ['exec', 'stryker', 'run', 'stryker.config.mjs', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);

const report = JSON.parse(readFileSync(join(root, 'reports/mutation/mutation.json'), 'utf8'));
const count = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 };
const survivors = [];
for (const [file, { mutants }] of Object.entries(report.files)) {
  for (const m of mutants) {
    if (m.status in count) count[m.status]++;
    if (m.status === 'Survived' || m.status === 'NoCoverage') survivors.push(`${m.status} ${file}:${m.location.start.line} ${m.mutatorName} ${m.replacement ?? ''}`.trim());
  }
}
const killed = count.Killed + count.Timeout;
const survived = count.Survived + count.NoCoverage;
const total = killed + survived;
if (process.env.FORMAPRO_MUTATION_LIST) for (const s of survivors) console.log(s);
console.log(JSON.stringify({ mutation_score: total ? Math.round((killed / total) * 10000) / 100 : 0, killed, total, survived }));
