import { spawn } from 'node:child_process';
import { watchPeakRss } from './peak-rss';

export interface RunResult {
  seconds: number;
  /** CPU time of the command and all its processes (user + system). */
  cpuSeconds: number;
  peakRssMib: number;
  output: string;
}

/** Runs a command to completion, timing it, sampling its memory and keeping its output (echoed to stderr). */
export function run(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<RunResult> {
  return new Promise((ok, fail) => {
    const start = performance.now();
    // GNU time reports the CPU time of the whole process tree: on a shared machine, wall time alone misleads.
    const child = spawn('/usr/bin/time', ['-f', '[bench-cpu] %U %S', command, ...args], { cwd: options.cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const memory = watchPeakRss(child.pid!);
    let output = '';
    const keep = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      // Astro lists every page; only the summary lines are worth showing.
      for (const line of text.split('\n')) if (line && !/[├└]─/u.test(line)) process.stderr.write(`  ${line}\n`);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', fail);
    child.on('exit', (code) => {
      const peakRssMib = memory.stop();
      const seconds = (performance.now() - start) / 1000;
      const cpu = /^\[bench-cpu\] ([\d.]+) ([\d.]+)$/mu.exec(output);
      const cpuSeconds = cpu ? Number(cpu[1]) + Number(cpu[2]) : Number.NaN;
      if (code === 0) ok({ seconds, cpuSeconds, peakRssMib, output });
      else fail(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
}
