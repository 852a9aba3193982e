import { mkdirSync, writeFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Total size in MiB and number of HTML pages below a folder (0 when it does not exist). */
export async function folderSize(dir: string): Promise<{ mib: number; pages: number }> {
  let bytes = 0;
  let pages = 0;
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch {
    return { mib: 0, pages: 0 };
  }
  for (const e of entries) {
    if (!e.isFile()) continue;
    bytes += (await stat(join(e.parentPath, e.name))).size;
    if (e.name.endsWith('.html')) pages++;
  }
  return { mib: bytes / 2 ** 20, pages };
}

/** The build's `[nianbao] phase: 1.23s` lines (scripts/build.ts), by phase. */
export function buildPhases(output: string): Map<string, number> {
  const phases = new Map<string, number>();
  for (const m of output.matchAll(/^\[nianbao\] (.+): ([\d.]+)s$/gmu)) phases.set(m[1]!, Number(m[2]));
  return phases;
}

/** Post-build steps that build the search index, by name; every other step counts as "other". */
export const isSearchStep = (phase: string) => phase.startsWith('step ') && /search|pagefind|index/iu.test(phase);

/** The machine's CPU time counters from the first line of `/proc/stat`: the time all CPUs spent, and the part a hypervisor took for others (`steal`). */
export function parseCpuTimes(stat: string): { total: number; steal: number } | undefined {
  const fields = /^cpu\s+(.+)$/mu.exec(stat)?.[1]?.trim().split(/\s+/u).map(Number);
  // user nice system idle iowait irq softirq steal [guest guest_nice, already counted in user and nice]
  if (!fields || fields.length < 8 || fields.some((n) => !Number.isFinite(n))) return undefined;
  return { total: fields.slice(0, 8).reduce((a, b) => a + b, 0), steal: fields[7]! };
}

/** The machine's CPU time counters now: Linux only, undefined elsewhere. */
export async function cpuTimes(): Promise<{ total: number; steal: number } | undefined> {
  return parseCpuTimes(await readFile('/proc/stat', 'utf8').catch(() => ''));
}

/** The share of the machine's CPU time between two readings that its hypervisor gave other machines, in percent. */
export const stealPercent = (before: { total: number; steal: number }, after: { total: number; steal: number }): number =>
  after.total > before.total ? (100 * (after.steal - before.steal)) / (after.total - before.total) : 0;

/**
 * Milliseconds to create `count` empty files in a new folder `dir`, one after another: the state of
 * the file system the build starts in. On the benchmark machine's ext4 a file created within minutes
 * of a large deletion costs several times the system time (README, "Files created"), and the same
 * build took 79 CPU-seconds at one moment and 110 right after its predecessor's folder was deleted.
 */
export function fileCreationMs(dir: string, count: number): number {
  mkdirSync(dir, { recursive: true });
  const start = performance.now();
  for (let i = 0; i < count; i++) writeFileSync(join(dir, String(i)), '');
  return performance.now() - start;
}
