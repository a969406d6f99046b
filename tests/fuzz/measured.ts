/** Runs `formapro ARGS…` (node + tsx, as tests/cli/run.ts does) and measures wall time and peak RSS (VmHWM, Linux /proc). */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
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

/** A zip with one entry, xl/worksheets/sheet1.xml, that inflates to 200 MB of zeros (from 200 KB). */
export function zipBomb(): Buffer {
  const data = deflateRawSync(Buffer.alloc(200 * 1024 * 1024));
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
  local.writeUInt32LE(0, 14); local.writeUInt32LE(data.length, 18); local.writeUInt32LE(200 * 1024 * 1024, 22); local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20); central.writeUInt32LE(200 * 1024 * 1024, 24); central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(1, 8); end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12); end.writeUInt32LE(30 + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

