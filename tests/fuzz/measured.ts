/** Runs `formapro ARGS…` (node + tsx, as tests/cli/run.ts does) and measures wall time and peak RSS (VmHWM, Linux /proc). */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { MAIN, ROOT } from '../cli/run';

export interface MeasuredRun {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident memory of the CLI process, MB (0 where /proc is not available). */
  peakMb: number;
}

export function measured(args: string[], timeoutMs = 60_000): Promise<MeasuredRun> {
  return new Promise((resolve) => {
    const t = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    let peakKb = 0;
    const sample = () => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch {
        // ended
      }
    };
    const poll = setInterval(sample, 10);
    const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', () => sample());
    child.on('close', (code, signal) => {
      clearInterval(poll);
      clearTimeout(killer);
      resolve({ code: code ?? (signal ? 137 : 1), stdout, stderr, ms: performance.now() - t, peakMb: peakKb / 1024 });
    });
  });
}
