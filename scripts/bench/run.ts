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
    // Astro lists every page; only the summary lines are worth showing.
    const show = (line: string) => void (line && !/[├└]─/u.test(line) && process.stderr.write(`  ${line}\n`));
    // Each stream's text apart, echoed in whole lines: a line can come in several chunks (GNU time's came
    // one character a chunk, each echoed as a line, and could have been interleaved with the other stream's).
    const keep = () => {
      let text = '';
      let pending = '';
      return {
        chunk: (chunk: string) => {
          text += chunk;
          const lines = (pending + chunk).split('\n');
          pending = lines.pop()!;
          lines.forEach(show);
        },
        end: () => {
          show(pending);
          return text;
        },
      };
    };
    const [out, err] = [keep(), keep()];
    // Decoded as streams: a character split between two chunks stays whole.
    child.stdout.setEncoding('utf8').on('data', out.chunk);
    child.stderr.setEncoding('utf8').on('data', err.chunk);
    child.on('error', fail);
    // 'close', not 'exit': the streams have ended then, with GNU time's line among their last output.
    child.on('close', (code) => {
      const output = out.end() + err.end();
      const peakRssMib = memory.stop();
      const seconds = (performance.now() - start) / 1000;
      const cpu = /^\[bench-cpu\] ([\d.]+) ([\d.]+)$/mu.exec(output);
      const cpuSeconds = cpu ? Number(cpu[1]) + Number(cpu[2]) : Number.NaN;
      if (code === 0) ok({ seconds, cpuSeconds, peakRssMib, output });
      else fail(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
}
