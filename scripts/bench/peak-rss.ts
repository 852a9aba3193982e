import { readdirSync, readFileSync } from 'node:fs';

/** Parent pid and resident set (KiB) of every process, read from /proc. */
function processTable(): Map<number, { ppid: number; rssKib: number }> {
  const table = new Map<number, { ppid: number; rssKib: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/u.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/mu.exec(status)?.[1] ?? 0);
      const rssKib = Number(/^VmRSS:\s+(\d+)/mu.exec(status)?.[1] ?? 0);
      table.set(Number(name), { ppid, rssKib });
    } catch {
      // The process ended while we read it.
    }
  }
  return table;
}

/**
 * Samples the resident memory of a process and all its descendants (npm → tsx → astro) and
 * keeps the largest single process seen: what has to fit into the machine's memory.
 */
export function watchPeakRss(rootPid: number, everyMs = 100): { stop: () => number } {
  let peakKib = 0;
  const sample = () => {
    const table = processTable();
    const tree = new Set([rootPid]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const [pid, p] of table) {
        if (!tree.has(pid) && tree.has(p.ppid)) {
          tree.add(pid);
          grew = true;
        }
      }
    }
    for (const pid of tree) peakKib = Math.max(peakKib, table.get(pid)?.rssKib ?? 0);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peakKib / 1024;
    },
  };
}
